package org.pushbox.server.push;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One registered {@link Interest}. Its {@link #wakeup()} completes exactly once, on whichever thread
 * caused it (the committing thread, the timer, the thread that cancelled); continuations should be
 * quick or hand off.
 */
public interface Waiter {

    CompletionStage<Wakeup> wakeup();

    /** Completes the waiter with {@link Wakeup.Reason#CANCELLED} unless it is already complete. */
    void cancel();

    /**
     * Cancels the waiter when {@code event} completes (e.g. the client's connection closes). The hook
     * left on {@code event} lets go of the waiter once it completes, so a long-lived connection that
     * carries many requests keeps a few bytes per request, not every finished waiter.
     */
    default void cancelWhen(CompletionStage<?> event) {
        AtomicReference<Waiter> hook = new AtomicReference<>(this);
        wakeup().whenComplete((done, failure) -> hook.set(null));
        event.whenComplete((done, failure) -> {
            Waiter waiter = hook.getAndSet(null);
            if (waiter != null) {
                waiter.cancel();
            }
        });
    }
}
