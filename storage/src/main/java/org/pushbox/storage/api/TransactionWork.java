package org.pushbox.storage.api;

/**
 * Work done in one transaction. It may run more than once when the database reports a deadlock,
 * so it must not have effects outside the store before it returns.
 */
@FunctionalInterface
public interface TransactionWork<T> {
    T run(Transaction tx);
}
