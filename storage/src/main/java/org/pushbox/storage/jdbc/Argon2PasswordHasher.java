package org.pushbox.storage.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.pushbox.storage.api.PasswordHashing;

/**
 * Argon2id password hashes in the PHC string form
 * {@code $argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>} (unpadded base64), so each
 * hash carries the parameters it was made with and verification never depends on the current
 * configuration.
 */
public final class Argon2PasswordHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final PasswordHashing params;
    private final SecureRandom random = new SecureRandom();
    /** Verified against when the login is unknown, so that case costs one full hash like a wrong password. */
    private final String dummyHash;

    public Argon2PasswordHasher(PasswordHashing params) {
        this.params = params;
        this.dummyHash = hash("pushbox-dummy-" + random.nextLong());
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] out = derive(password, salt, params.memoryKiB(), params.iterations(), params.parallelism(), HASH_BYTES);
        return "$argon2id$v=19$m=" + params.memoryKiB() + ",t=" + params.iterations() + ",p=" + params.parallelism()
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(out);
    }

    /** Whether {@code password} matches {@code phc}; false (never an exception) for a malformed hash. */
    public boolean verify(String password, String phc) {
        Parsed p = Parsed.of(phc);
        if (p == null) {
            return false;
        }
        byte[] actual = derive(password, p.salt, p.memory, p.iterations, p.parallelism, p.hash.length);
        return MessageDigest.isEqual(actual, p.hash);
    }

    /** Spends the same work as a real verification; for unknown logins and disabled accounts. */
    public void verifyDummy(String password) {
        verify(password, dummyHash);
    }

    /** Whether a stored hash was made with other parameters than the configured ones. */
    public boolean needsRehash(String phc) {
        Parsed p = Parsed.of(phc);
        return p == null || p.memory != params.memoryKiB() || p.iterations != params.iterations()
                || p.parallelism != params.parallelism();
    }

    private static byte[] derive(String password, byte[] salt, int memory, int iterations, int parallelism, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memory)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }

    private record Parsed(int memory, int iterations, int parallelism, byte[] salt, byte[] hash) {

        static Parsed of(String phc) {
            if (phc == null) {
                return null;
            }
            String[] parts = phc.split("\\$");
            // "", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash
            if (parts.length != 6 || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
                return null;
            }
            try {
                int m = 0;
                int t = 0;
                int p = 0;
                for (String kv : parts[3].split(",")) {
                    int v = Integer.parseInt(kv.substring(2));
                    switch (kv.substring(0, 2)) {
                        case "m=" -> m = v;
                        case "t=" -> t = v;
                        case "p=" -> p = v;
                        default -> {
                            return null;
                        }
                    }
                }
                byte[] salt = B64D.decode(parts[4]);
                byte[] hash = B64D.decode(parts[5]);
                if (m < 8 * p || t < 1 || p < 1 || hash.length < 16) {
                    return null;
                }
                return new Parsed(m, t, p, salt, hash);
            } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
                return null;
            }
        }
    }
}
