package org.pushbox.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.server.admin.CliRunner.Run;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.Device;
import org.pushbox.storage.api.DeviceInfo;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.HierarchyState;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.WipeState;

/** {@code pushbox device list|wipe|cancel-wipe|remove} through the real command line on an H2 store. */
class DeviceCommandTest {

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void accountsWithDevices() throws Exception {
        cli = new CliRunner(dir);
        try (MailboxStore store = cli.open()) {
            Account anna = store.accounts().create(NewAccount.of("anna", "pw", "Anna", "anna@example.org"));
            store.accounts().create(NewAccount.of("bob", "pw", "Bob", "bob@example.org"));
            Device phone = store.devices().register(anna.id(), "ApplF17X", new DeviceInfo("iPhone", "iPhone 15",
                    "iOS 18.1", "Apple-iPhone16C1/2201.1", PropertyMap.EMPTY));
            store.devices().setPolicyKey(phone.id(), 1_234_567);
            store.devices().register(anna.id(), "androidc1", DeviceInfo.of("Android", "Android/14"));
            long inbox = store.folders().list(anna.id()).stream().filter(f -> f.type() == FolderType.INBOX)
                    .findFirst().orElseThrow().id();
            store.syncStates().saveHierarchy(new HierarchyState(phone.id(), 1, 1, Set.of(inbox)));
        }
    }

    WipeState wipeState(String deviceId) throws Exception {
        try (MailboxStore store = cli.open()) {
            long anna = store.accounts().findByLogin("anna").orElseThrow().id();
            return store.devices().find(anna, deviceId).orElseThrow().wipeState();
        }
    }

    @Test
    void listShowsEachDeviceWithItsPolicyKeyAndWipeState() {
        Run all = cli.run("device", "list");
        assertThat(all.exit()).as(all.err()).isZero();
        List<String> lines = all.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines).anySatisfy(line -> assertThat(line).matches(
                "anna\tApplF17X\tiPhone\tiPhone 15\tApple-iPhone16C1/2201\\.1\t\\d{4}-\\S+Z\t\\d{4}-\\S+Z"
                        + "\tpolicy-key\tnone"));
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .startsWith("anna\tandroidc1\tAndroid\t-\tAndroid/14\t").endsWith("\tno-policy-key\tnone"));

        assertThat(cli.run("device", "list", "bob").out()).isEmpty();
        Run missing = cli.run("device", "list", "nobody");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("pushbox: no account with login 'nobody'" + System.lineSeparator());
    }

    @Test
    void wipeSetsTheStateTheGateActsOnAndCanBeCancelledWhilePending() throws Exception {
        Run wipe = cli.run("device", "wipe", "ANNA", "applf17x");
        assertThat(wipe.exit()).as(wipe.err()).isZero();
        assertThat(wipeState("ApplF17X")).isEqualTo(WipeState.WIPE_REQUESTED);
        assertThat(wipeState("androidc1")).isEqualTo(WipeState.NONE);
        assertThat(cli.run("device", "list", "anna").out()).contains("wipe-requested");

        Run accountOnly = cli.run("device", "wipe", "anna", "ApplF17X", "--account-only");
        assertThat(accountOnly.exit()).as(accountOnly.err()).isZero();
        assertThat(accountOnly.out()).contains("account-only wipe").contains("was wipe-requested");
        assertThat(wipeState("ApplF17X")).isEqualTo(WipeState.ACCOUNT_WIPE_REQUESTED);

        Run cancel = cli.run("device", "cancel-wipe", "anna", "ApplF17X");
        assertThat(cancel.exit()).as(cancel.err()).isZero();
        assertThat(wipeState("ApplF17X")).isEqualTo(WipeState.NONE);

        Run nothingPending = cli.run("device", "cancel-wipe", "anna", "ApplF17X");
        assertThat(nothingPending.exit()).isEqualTo(1);
        assertThat(nothingPending.err()).startsWith("pushbox: no wipe of ApplF17X").contains("wipe state: none");
    }

    @Test
    void aWipedDeviceCannotBeUnwipedOrWipedAgainOnlyRemoved() throws Exception {
        markWiped("ApplF17X");
        Run cancel = cli.run("device", "cancel-wipe", "anna", "ApplF17X");
        assertThat(cancel.exit()).isEqualTo(1);
        assertThat(cancel.err()).contains("wipe state: wiped");
        Run again = cli.run("device", "wipe", "anna", "ApplF17X");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).startsWith("pushbox: ").contains("already wiped").contains("device remove");
        assertThat(wipeState("ApplF17X")).isEqualTo(WipeState.WIPED);

        Run remove = cli.run("device", "remove", "anna", "ApplF17X");
        assertThat(remove.exit()).as(remove.err()).isZero();
        try (MailboxStore store = cli.open()) {
            Account anna = store.accounts().findByLogin("anna").orElseThrow();
            assertThat(store.devices().list(anna.id())).extracting(Device::deviceId).containsExactly("androidc1");
            Device back = store.devices().register(anna.id(), "ApplF17X", DeviceInfo.of("iPhone", "Apple-iPhone"));
            assertThat(back.wipeState()).isEqualTo(WipeState.NONE);
            assertThat(back.policyKey()).isZero();
            assertThat(store.syncStates().latestHierarchy(back.id())).isEmpty();
        }
    }

    @Test
    void aDeviceWithAPendingWipeIsNotRemovedSoTheRequestIsNotLost() throws Exception {
        assertThat(cli.run("device", "wipe", "anna", "androidc1").exit()).isZero();
        Run remove = cli.run("device", "remove", "anna", "androidc1");
        assertThat(remove.exit()).isEqualTo(1);
        assertThat(remove.err()).contains("pending").contains("cancel-wipe");
        assertThat(wipeState("androidc1")).isEqualTo(WipeState.WIPE_REQUESTED);
    }

    @Test
    void unknownDevicesAndAnotherAccountsDevicesAreRefusedInOneLine() {
        for (String command : List.of("wipe", "cancel-wipe", "remove")) {
            Run run = cli.run("device", command, "bob", "ApplF17X");
            assertThat(run.exit()).as(command).isEqualTo(1);
            assertThat(run.err()).as(command).isEqualTo("pushbox: account bob has no device 'ApplF17X' "
                    + "(see pushbox device list)" + System.lineSeparator());
        }
    }

    void markWiped(String deviceId) throws Exception {
        try (MailboxStore store = cli.open()) {
            long anna = store.accounts().findByLogin("anna").orElseThrow().id();
            store.devices().setWipeState(store.devices().find(anna, deviceId).orElseThrow().id(), WipeState.WIPED);
        }
    }
}
