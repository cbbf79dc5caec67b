package org.pushbox.storage.api;

/**
 * Told after a transaction that changed folders has committed (never for a rollback), on the
 * committing thread; it should hand work off quickly (e.g. complete waiting Pings).
 */
@FunctionalInterface
public interface CommitListener {
    void committed(CommitEvent event);
}
