package org.pushbox.server.admin;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.Device;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.WipeState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pushbox device list|wipe|cancel-wipe|remove}: the devices of accounts and their remote wipe
 * (docs/provisioning.md#remote-wipe). A command only sets the stored wipe state; the policy gate and the
 * Provision processor carry it out at the device's next request.
 */
@Command(name = "device", mixinStandardHelpOptions = true, description = "Manage the devices of accounts.",
        subcommands = {DeviceCommand.ListDevices.class, DeviceCommand.Wipe.class, DeviceCommand.CancelWipe.class,
                DeviceCommand.Remove.class})
final class DeviceCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static boolean wipePending(WipeState state) {
        return state == WipeState.WIPE_REQUESTED || state == WipeState.ACCOUNT_WIPE_REQUESTED;
    }

    /** {@code WIPE_REQUESTED} as {@code wipe-requested}: the spelling shown by list and in messages. */
    static String label(WipeState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List devices, of one account or of all: login, device id, type, model, user agent, "
                    + "first seen, last seen, policy key, wipe state (tab-separated).")
    static final class ListDevices extends StoreCommand {
        @Parameters(index = "0", arity = "0..1", paramLabel = "LOGIN", description = "Only this account's devices.")
        String login;

        @Override
        int run(MailboxStore store, PrintWriter out) {
            List<Account> accounts = login == null ? store.accounts().list() : List.of(existing(store, login));
            for (Account account : accounts) {
                for (Device device : store.devices().list(account.id())) {
                    out.println(String.join("\t", account.login(), device.deviceId(), orDash(device.deviceType()),
                            orDash(device.model()), orDash(device.userAgent()), time(device.firstSeen()),
                            time(device.lastSeen()), device.policyKey() != 0 ? "policy-key" : "no-policy-key",
                            label(device.wipeState())));
                }
            }
            return 0;
        }

        private static String orDash(String value) {
            return value == null || value.isBlank() ? "-" : value;
        }

        private static String time(Instant instant) {
            return instant == null ? "-" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
        }
    }

    @Command(name = "wipe", mixinStandardHelpOptions = true,
            description = "Request a remote wipe: the device erases itself at its next request, then is blocked.")
    static final class Wipe extends StoreCommand {
        @Parameters(index = "0", paramLabel = "LOGIN")
        String login;

        @Parameters(index = "1", paramLabel = "DEVICEID")
        String deviceId;

        @Option(names = "--account-only", description = "Remove only this account's data (EAS 16.1 clients; "
                + "older clients are blocked instead).")
        boolean accountOnly;

        @Override
        int run(MailboxStore store, PrintWriter out) {
            Account account = existing(store, login);
            Device device = existingDevice(store, account, deviceId);
            WipeState wanted = accountOnly ? WipeState.ACCOUNT_WIPE_REQUESTED : WipeState.WIPE_REQUESTED;
            // Read and write in one transaction: the device may acknowledge an earlier request at the same moment.
            WipeState before = store.transaction(tx -> {
                WipeState now = tx.devices().get(device.id()).map(Device::wipeState).orElse(WipeState.NONE);
                if (now != WipeState.WIPED) {
                    tx.devices().setWipeState(device.id(), wanted);
                }
                return now;
            });
            if (before == WipeState.WIPED) {
                return fail(deviceId + " of " + account.login() + " is already wiped; "
                        + "'pushbox device remove' lets it sync again as a new device");
            }
            out.println((accountOnly ? "account-only wipe" : "wipe") + " of " + deviceId + " of " + account.login()
                    + " requested (was " + label(before) + "); it happens at the device's next request");
            return 0;
        }
    }

    @Command(name = "cancel-wipe", mixinStandardHelpOptions = true,
            description = "Withdraw a wipe request the device has not acted on yet.")
    static final class CancelWipe extends StoreCommand {
        @Parameters(index = "0", paramLabel = "LOGIN")
        String login;

        @Parameters(index = "1", paramLabel = "DEVICEID")
        String deviceId;

        @Override
        int run(MailboxStore store, PrintWriter out) {
            Account account = existing(store, login);
            Device device = existingDevice(store, account, deviceId);
            // Only a pending request is withdrawn: a wiped device cannot be un-wiped, and NONE means nothing to do.
            boolean cancelled = store.transaction(tx -> {
                WipeState now = tx.devices().get(device.id()).map(Device::wipeState).orElse(WipeState.NONE);
                if (!wipePending(now)) {
                    return false;
                }
                tx.devices().setWipeState(device.id(), WipeState.NONE);
                return true;
            });
            if (!cancelled) {
                WipeState now = store.devices().get(device.id()).map(Device::wipeState).orElse(WipeState.NONE);
                return fail("no wipe of " + deviceId + " of " + account.login() + " is pending (wipe state: "
                        + label(now) + ")");
            }
            out.println("wipe of " + deviceId + " of " + account.login() + " cancelled");
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Forget a device and its sync state; if it connects again it starts afresh.")
    static final class Remove extends StoreCommand {
        @Parameters(index = "0", paramLabel = "LOGIN")
        String login;

        @Parameters(index = "1", paramLabel = "DEVICEID")
        String deviceId;

        @Override
        int run(MailboxStore store, PrintWriter out) {
            Account account = existing(store, login);
            Device device = existingDevice(store, account, deviceId);
            if (wipePending(device.wipeState())) {
                // Removing would silently drop the request: the device would come back as new and unwiped.
                return fail("a wipe of " + deviceId + " is pending; cancel it first with 'pushbox device cancel-wipe'");
            }
            store.devices().delete(device.id());
            out.println(deviceId + " removed from " + account.login());
            return 0;
        }
    }
}
