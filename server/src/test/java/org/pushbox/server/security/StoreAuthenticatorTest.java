package org.pushbox.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.PasswordHashing;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.StorageConfig;

/** The store's authenticator on a real H2 store: login forms and the remembered credential. */
class StoreAuthenticatorTest {

    @TempDir
    Path dir;
    MailboxStore store;
    Account anna;
    StoreAuthenticator auth;

    @BeforeEach
    void open() {
        store = MailboxStore.open(StorageConfig.embedded(dir.resolve("db")).withPasswordHashing(new PasswordHashing(1024, 1, 1)));
        anna = store.accounts().create(new NewAccount("anna", "pw-anna-1", "Anna", List.of("anna@example.org"),
                PropertyMap.EMPTY));
        auth = new StoreAuthenticator(store, Duration.ofMinutes(5), 2, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyLoginFormWorksAndAWrongPasswordDoesNot() {
        for (String user : List.of("anna", "ANNA", "EXAMPLE\\anna", "anna@example.org")) {
            assertThat(auth.authenticate(user, "pw-anna-1")).as(user).map(Account::id).contains(anna.id());
        }
        assertThat(auth.authenticate("anna", "wrong")).isEmpty();
        assertThat(auth.authenticate("nobody", "pw-anna-1")).isEmpty();
    }

    @Test
    void disablingAnAccountActsOnTheNextRequestEvenWithARememberedCredential() {
        assertThat(auth.authenticate("anna", "pw-anna-1")).isPresent();
        store.accounts().setEnabled(anna.id(), false);
        assertThat(auth.authenticate("anna", "pw-anna-1")).isEmpty();
        store.accounts().setEnabled(anna.id(), true);
        assertThat(auth.authenticate("anna", "pw-anna-1")).isPresent();
    }
}
