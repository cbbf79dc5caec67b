package org.pushbox.server.transport;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded pool for everything that blocks: JDBC, password hashing, file work. A fixed number of
 * threads and a bounded queue; when both are full, {@link #submit} refuses at once with
 * {@link RejectedExecutionException} and the HTTP layer answers 503 with Retry-After, instead of letting
 * a backlog grow without bound while clients time out and retry.
 */
public final class WorkerPool implements Executor, AutoCloseable {

    private final ThreadPoolExecutor executor;

    public WorkerPool(int threads, int queueCapacity) {
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queueCapacity), new WorkerThreads(), new ThreadPoolExecutor.AbortPolicy());
    }

    /**
     * Runs {@code task} on a worker; the future completes with its result or its exception.
     *
     * @throws RejectedExecutionException when every worker is busy and the queue is full, or after close
     */
    public <T> CompletableFuture<T> submit(Callable<T> task) {
        CompletableFuture<T> future = new CompletableFuture<>();
        executor.execute(() -> {
            try {
                future.complete(task.call());
            } catch (Throwable t) {
                future.completeExceptionally(t);
            }
        });
        return future;
    }

    /** Runs {@code command} on a worker; refuses like {@link #submit} when full. */
    @Override
    public void execute(Runnable command) {
        executor.execute(command);
    }

    /** Tasks waiting for a worker right now. */
    public int queued() {
        return executor.getQueue().size();
    }

    /** Stops accepting work and waits up to {@code timeout} for running tasks to finish. */
    public void shutdown(Duration timeout) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        shutdown(Duration.ofSeconds(10));
    }

    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger next = new AtomicInteger(1);

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "pushbox-worker-" + next.getAndIncrement());
            thread.setDaemon(true);
            return thread;
        }
    }
}
