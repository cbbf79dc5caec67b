package org.pushbox.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.AccountDevice;
import org.pushbox.storage.api.Device;
import org.pushbox.storage.api.DeviceInfo;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.PasswordHashing;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.StorageConfig;
import org.pushbox.storage.api.WipeState;

/** The store's authenticator on a real H2 store: login forms, the remembered credential, and the device read with it. */
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
    void theDeviceComesWithTheAccountAndIsReadAfreshEachTime() {
        assertThat(auth.authenticate("anna", "pw-anna-1", "Phone1")).map(AccountDevice::device)
                .as("first request: no device yet").contains(Optional.empty());
        Device phone = store.devices().register(anna.id(), "Phone1", DeviceInfo.of("iPhone", "ua/1"));
        AccountDevice remembered = auth.authenticate("anna", "pw-anna-1", "phone1").orElseThrow();
        assertThat(remembered.account()).isEqualTo(store.accounts().get(anna.id()).orElseThrow());
        assertThat(remembered.device()).contains(phone);
        // a wipe written by another process after the credential was remembered is on the very next request
        store.devices().setWipeState(phone.id(), WipeState.WIPE_REQUESTED);
        assertThat(auth.authenticate("anna", "pw-anna-1", "Phone1").orElseThrow().device().orElseThrow().wipeState())
                .isEqualTo(WipeState.WIPE_REQUESTED);
        assertThat(auth.authenticate("anna", "pw-anna-1", null).orElseThrow().device()).isEmpty();
    }

    @Test
    void disablingAnAccountActsOnTheNextRequestEvenWithARememberedCredential() {
        assertThat(auth.authenticate("anna", "pw-anna-1", "Phone1")).isPresent();
        store.accounts().setEnabled(anna.id(), false);
        assertThat(auth.authenticate("anna", "pw-anna-1", "Phone1")).isEmpty();
        assertThat(auth.authenticate("anna", "pw-anna-1")).isEmpty();
        store.accounts().setEnabled(anna.id(), true);
        assertThat(auth.authenticate("anna", "pw-anna-1", "Phone1")).isPresent();
    }
}
