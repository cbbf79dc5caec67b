package org.pushbox.benchmarks.push;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Runs an asynchronous step for many items with a bounded number in flight, so that set-up (connects,
 * FolderSyncs) neither overflows the server's work queue (it answers 503 when full) nor its accept backlog.
 */
public final class Throttle {

    private Throttle() {
    }

    /** Runs {@code step} on every item, at most {@code inFlight} at once; rethrows the first failure. */
    public static <T> void forEach(List<T> items, int inFlight, Function<T, CompletableFuture<?>> step)
            throws InterruptedException {
        Semaphore permits = new Semaphore(inFlight);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (T item : items) {
            permits.acquire();
            if (failure.get() != null) {
                break;
            }
            step.apply(item).whenComplete((ok, error) -> {
                if (error != null) {
                    failure.compareAndSet(null, error);
                }
                permits.release();
            });
        }
        if (!permits.tryAcquire(inFlight, 5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("set-up steps still running after 5 minutes");
        }
        if (failure.get() != null) {
            throw new IllegalStateException("a set-up step failed: " + failure.get(), failure.get());
        }
    }
}
