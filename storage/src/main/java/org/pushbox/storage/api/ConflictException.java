package org.pushbox.storage.api;

/** The write would break a uniqueness rule: a taken login or address, a folder name used twice under one parent. */
public class ConflictException extends StoreException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
