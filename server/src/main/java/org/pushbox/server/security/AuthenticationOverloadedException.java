package org.pushbox.server.security;

/** Thrown when a password check could not start in time because every hashing slot was busy. */
public final class AuthenticationOverloadedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AuthenticationOverloadedException(String message) {
        super(message);
    }
}
