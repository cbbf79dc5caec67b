package org.pushbox.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pushbox.storage.api.PasswordHashing;

class Argon2PasswordHasherTest {

    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher(new PasswordHashing(64, 1, 1));

    @Test
    void verifiesWithTheParametersStoredInTheHash() {
        String hash = hasher.hash("pässwörd 🔑");
        assertThat(hash).startsWith("$argon2id$v=19$m=64,t=1,p=1$");
        assertThat(hasher.verify("pässwörd 🔑", hash)).isTrue();
        assertThat(hasher.verify("passwörd 🔑", hash)).isFalse();
        assertThat(hasher.hash("pässwörd 🔑")).as("salted").isNotEqualTo(hash);
        Argon2PasswordHasher stronger = new Argon2PasswordHasher(new PasswordHashing(128, 2, 1));
        assertThat(stronger.verify("pässwörd 🔑", hash)).as("old hashes keep working").isTrue();
        assertThat(stronger.needsRehash(hash)).isTrue();
        assertThat(hasher.needsRehash(hash)).isFalse();
    }

    @Test
    void knownAnswerFromTheReferenceImplementation() {
        // Computed with the reference implementation (Debian package argon2):
        // echo -n password | argon2 somesalt -id -t 2 -m 6 -p 1 -l 32
        String phc = "$argon2id$v=19$m=64,t=2,p=1$c29tZXNhbHQ$FqGkmHNGCd0BRW2kBt6fPZ2pPmyGwwChL8FGUhTOSSI";
        assertThat(hasher.verify("password", phc)).isTrue();
    }

    @Test
    void malformedHashesNeverMatch() {
        assertThat(hasher.verify("x", null)).isFalse();
        assertThat(hasher.verify("x", "")).isFalse();
        assertThat(hasher.verify("x", "$argon2i$v=19$m=64,t=1,p=1$c2FsdHNhbHQ$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).isFalse();
        assertThat(hasher.verify("x", "$argon2id$v=19$m=64,t=1$c2FsdHNhbHQ$AAAA")).isFalse();
        assertThat(hasher.verify("x", "$argon2id$v=19$m=64,t=1,p=1$!!!$AAAA")).isFalse();
    }
}
