package org.pushbox.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.ConflictException;
import org.pushbox.storage.api.DeviceInfo;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.ItemClass;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.PropertyValue;
import org.pushbox.storage.jdbc.JdbcMailboxStore;

interface AccountStoreContract extends StoreFixture {

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    default void loginsMatchIgnoringCaseSpaceAndUnicodeForm() {
        String id = unique();
        // "Ä" decomposed (A + combining diaeresis) and upper case; stored as NFC lower case.
        Account a = store().accounts().create(NewAccount.of("  A\u0308nna-" + id.toUpperCase() + "@Example.ORG ", "s3cret",
                "Änna 😀", "Anna-" + id + "@Example.org"));
        assertThat(a.login()).isEqualTo("\u00e4nna-" + id + "@example.org");
        assertThat(store().accounts().findByLogin("\u00c4NNA-" + id + "@EXAMPLE.org")).map(Account::id).contains(a.id());
        assertThat(store().accounts().findByAddress("ANNA-" + id + "@example.ORG")).map(Account::id).contains(a.id());
        assertThat(store().authenticate("\u00c4nna-" + id + "@example.org\t", "s3cret")).map(Account::id).contains(a.id());
        assertThatThrownBy(() -> store().accounts().create(NewAccount.of("\u00c4NNA-" + id + "@example.org", "x", "dup")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    default void addressesAndAliasesAreUniqueAcrossAccounts() {
        String id = unique();
        Account a = store().accounts().create(NewAccount.of("a-" + id, "pw", "A", "a-" + id + "@example.org",
                "alias-" + id + "@example.org"));
        assertThat(a.addresses()).containsExactly("a-" + id + "@example.org", "alias-" + id + "@example.org");
        assertThat(a.primaryAddress()).isEqualTo("a-" + id + "@example.org");
        Account b = store().accounts().create(NewAccount.of("b-" + id, "pw", "B"));
        assertThatThrownBy(() -> store().accounts().addAddress(b.id(), "ALIAS-" + id + "@example.org"))
                .isInstanceOf(ConflictException.class);
        store().accounts().addAddress(b.id(), "🦄-" + id + "@例え.jp");
        assertThat(store().accounts().findByAddress("🦄-" + id + "@例え.JP")).map(Account::id).contains(b.id());
        store().accounts().removeAddress(a.id(), "Alias-" + id + "@example.org");
        assertThat(store().accounts().findByAddress("alias-" + id + "@example.org")).isEmpty();
        assertThat(store().accounts().get(a.id()).orElseThrow().addresses()).containsExactly("a-" + id + "@example.org");
    }

    @Test
    default void newAccountsHaveTheTenDefaultFolders() {
        Account a = newAccount();
        List<Folder> folders = store().folders().list(a.id());
        List<FolderType> defaults = new ArrayList<>(Arrays.stream(FolderType.values()).filter(FolderType::isDefault).toList());
        assertThat(folders).extracting(Folder::type).containsExactlyInAnyOrderElementsOf(defaults);
        assertThat(defaults).hasSize(10);
        assertThat(folders).allSatisfy(f -> assertThat(f.parentId()).isEqualTo(Folder.ROOT));
        assertThat(folders).extracting(Folder::displayName).contains("Inbox", "Deleted Items", "Journal");
    }

    @Test
    default void propertiesOfAnAccountRoundTrip() {
        Account a = newAccount();
        PropertyMap policy = PropertyMap.builder()
                .put("requirePassword", new PropertyValue.Bool(true))
                .put("minPasswordLength", new PropertyValue.Int(6))
                .put("note", new PropertyValue.Text("🔐 𝓅𝑜𝓁𝒾𝒸𝓎")).build();
        store().accounts().setPolicy(a.id(), policy);
        store().accounts().setDisplayName(a.id(), "Zoë 👩‍💻 𠜎");
        Account read = store().accounts().get(a.id()).orElseThrow();
        assertThat(read.policy()).isEqualTo(policy);
        assertThat(read.displayName()).isEqualTo("Zoë 👩‍💻 𠜎");
        assertThat(store().accounts().list()).extracting(Account::id).contains(a.id());
    }

    @Test
    default void authenticationChecksPasswordAndEnabledFlag() {
        String login = "auth-" + unique();
        Account a = store().accounts().create(NewAccount.of(login, "correct horse 🐎", "A"));
        assertThat(store().authenticate(login, "correct horse 🐎")).isPresent();
        assertThat(store().authenticate(login, "correct horse")).isEmpty();
        assertThat(store().authenticate("nobody-" + login, "correct horse 🐎")).isEmpty();
        store().accounts().setPassword(a.id(), "new one");
        assertThat(store().authenticate(login, "correct horse 🐎")).isEmpty();
        assertThat(store().authenticate(login, "new one")).isPresent();
        store().accounts().setEnabled(a.id(), false);
        assertThat(store().authenticate(login, "new one")).isEmpty();
    }

    @Test
    default void passwordHashIsArgon2idWithItsParameters() throws Exception {
        String login = "hash-" + unique();
        store().accounts().create(NewAccount.of(login, "pw", "A"));
        JdbcMailboxStore jdbc = (JdbcMailboxStore) store();
        try (var c = jdbc.database().connection();
                var ps = c.prepareStatement("SELECT password_hash FROM account WHERE login_key = ?")) {
            ps.setString(1, login);
            try (var rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getString(1)).matches("\\$argon2id\\$v=19\\$m=4096,t=1,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
            }
        }
    }

    @Test
    default void unknownLoginTakesAsLongAsAWrongPassword() {
        String login = "timing-" + unique();
        store().accounts().create(NewAccount.of(login, "right", "A"));
        for (int i = 0; i < 3; i++) { // warm up both paths
            store().authenticate(login, "wrong");
            store().authenticate("ghost-" + login, "wrong");
        }
        // Interleaved, so that garbage collection and JIT work fall on both paths alike.
        long[] wrong = new long[21];
        long[] unknown = new long[21];
        for (int i = 0; i < wrong.length; i++) {
            wrong[i] = nanos(() -> store().authenticate(login, "wrong"));
            unknown[i] = nanos(() -> store().authenticate("ghost-" + login, "wrong"));
        }
        Arrays.sort(wrong);
        Arrays.sort(unknown);
        double ratio = (double) unknown[10] / wrong[10];
        assertThat(ratio).as("median unknown %d ns vs wrong %d ns", unknown[10], wrong[10]).isBetween(0.5, 2.0);
    }

    private static long nanos(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return System.nanoTime() - start;
    }

    @Test
    default void deletingAnAccountRemovesItsData() {
        Account a = newAccount();
        Folder inbox = folder(a, FolderType.INBOX);
        store().items().add(inbox.id(), SampleItems.minimal(ItemClass.EMAIL, "bye"));
        store().devices().register(a.id(), "DEV1", DeviceInfo.of("phone", "ua"));
        store().accounts().delete(a.id());
        assertThat(store().accounts().get(a.id())).isEmpty();
        assertThat(store().folders().list(a.id())).isEmpty();
        assertThat(store().devices().list(a.id())).isEmpty();
    }
}
