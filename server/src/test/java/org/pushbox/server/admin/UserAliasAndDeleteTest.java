package org.pushbox.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.server.admin.CliRunner.Run;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.DeviceInfo;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;

/** {@code pushbox user alias add|remove} and {@code pushbox user delete} through the real command line. */
class UserAliasAndDeleteTest {

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void accounts() throws Exception {
        cli = new CliRunner(dir);
        try (MailboxStore store = cli.open()) {
            Account anna = store.accounts().create(NewAccount.of("anna", "pw", "Anna", "anna@example.org"));
            store.accounts().create(NewAccount.of("bob", "pw", "Bob", "bob@example.org"));
            store.devices().register(anna.id(), "phone1", DeviceInfo.of("iPhone", "Apple-iPhone"));
        }
    }

    @Test
    void aliasesAreAddedAndRemovedButThePrimaryAddressStays() throws Exception {
        Run add = cli.run("user", "alias", "add", "anna", "Sales@Example.org");
        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(cli.run("user", "list").out()).contains("anna\tenabled\tAnna\tanna@example.org,Sales@Example.org");
        try (MailboxStore store = cli.open()) {
            assertThat(store.accounts().findByAddress("sales@example.org")).map(Account::login).contains("anna");
        }

        Run taken = cli.run("user", "alias", "add", "bob", "sales@example.org");
        assertThat(taken.exit()).isEqualTo(1);
        assertThat(taken.err()).startsWith("pushbox: ").doesNotContain("Exception").hasLineCount(1);
        Run notAnAddress = cli.run("user", "alias", "add", "bob", "sales");
        assertThat(notAnAddress.exit()).isEqualTo(1);
        assertThat(notAnAddress.err()).contains("not an e-mail address");

        Run primary = cli.run("user", "alias", "remove", "anna", "ANNA@example.org");
        assertThat(primary.exit()).isEqualTo(1);
        assertThat(primary.err()).contains("primary address");
        Run foreign = cli.run("user", "alias", "remove", "anna", "bob@example.org");
        assertThat(foreign.exit()).isEqualTo(1);
        assertThat(foreign.err()).contains("anna has no address bob@example.org");

        Run remove = cli.run("user", "alias", "remove", "anna", "sales@EXAMPLE.org");
        assertThat(remove.exit()).as(remove.err()).isZero();
        assertThat(cli.run("user", "list").out()).contains("anna\tenabled\tAnna\tanna@example.org\n")
                .contains("bob\tenabled\tBob\tbob@example.org");
    }

    @Test
    void deleteNeedsYesAndRemovesOnlyThatAccount() throws Exception {
        Run unsure = cli.run("user", "delete", "anna");
        assertThat(unsure.exit()).isEqualTo(1);
        assertThat(unsure.err()).startsWith("pushbox: ").contains("--yes");
        assertThat(cli.run("user", "list").out()).contains("anna\t");

        Run delete = cli.run("user", "delete", "anna", "--yes");
        assertThat(delete.exit()).as(delete.err()).isZero();
        assertThat(delete.out()).contains("anna deleted");
        try (MailboxStore store = cli.open()) {
            assertThat(store.accounts().findByLogin("anna")).isEmpty();
            assertThat(store.accounts().findByAddress("anna@example.org")).isEmpty();
            assertThat(store.accounts().findByLogin("bob")).isPresent();
        }
        Run again = cli.run("user", "delete", "anna", "--yes");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("no account with login 'anna'");
    }
}
