package org.pushbox.storage.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a store method that only reads, with plain (non-locking) reads. Called outside a transaction (through
 * {@link MailboxStore#accounts()} and the like), it runs on an auto-commit, read-only connection: no
 * transaction to commit, one round trip fewer, and the database refuses a write if the mark is ever wrong.
 * Inside a {@link Transaction} it behaves like any other call.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReadOnly {
}
