package org.pushbox.storage.api;

/**
 * Argon2id cost parameters for new password hashes: memory in KiB, iterations, lanes. Stored
 * hashes carry their own parameters, so changing these only affects new (and upgraded) hashes.
 */
public record PasswordHashing(int memoryKiB, int iterations, int parallelism) {

    /** 64 MiB, 3 passes, 1 lane: the OWASP-style default for a server with a few logins a second. */
    public static final PasswordHashing DEFAULT = new PasswordHashing(65536, 3, 1);

    public PasswordHashing {
        if (parallelism < 1 || iterations < 1 || memoryKiB < 8 * parallelism) {
            throw new IllegalArgumentException("Argon2 needs parallelism >= 1, iterations >= 1, memory >= 8 KiB per lane");
        }
    }
}
