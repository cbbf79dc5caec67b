package org.pushbox.server.security;

import java.security.SecureRandom;

/**
 * Random policy keys: unsigned 32-bit, never 0 (0 means "not provisioned", and iOS 4 rejects it), and never
 * the key being replaced, so an old key cannot stay valid by chance.
 */
public final class PolicyKeyGenerator {

    private final SecureRandom random = new SecureRandom();

    public long next(long avoid) {
        long key;
        do {
            key = random.nextInt() & 0xFFFF_FFFFL;
        } while (key == 0 || key == avoid);
        return key;
    }
}
