package org.pushbox.storage.api;

/** A storage failure the caller cannot fix by changing its request (I/O, database down). */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
