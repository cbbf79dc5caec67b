package org.pushbox.server.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.pushbox.server.admin.PasswordInput.PasswordException;
import org.pushbox.server.config.ConfigException;
import org.pushbox.server.config.PushboxConfig;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.Device;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.StoreException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every {@code user} and {@code device} subcommand does around its work: load the config, open the
 * store, and turn a failure into one {@code pushbox: } line and exit code 1 instead of a stack trace.
 */
abstract class StoreCommand implements Callable<Integer> {

    static final int EXIT_FAILED = 1;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config = new ConfigOption();

    /** Where passwords are read from with --password-stdin; tests replace it. */
    InputStream stdin = System.in;

    /** The configuration the store was opened with, for commands that need more of it. */
    PushboxConfig loaded;

    @Override
    public Integer call() {
        try (MailboxStore store = StoreOpener.open(loaded = config.load())) {
            return run(store, spec.commandLine().getOut());
        } catch (ConfigException | PasswordException | StoreException | IOException | IllegalArgumentException e) {
            // IllegalArgumentException: the store's own validation of a login or an address.
            return fail(e.getMessage());
        }
    }

    abstract int run(MailboxStore store, PrintWriter out) throws PasswordException;

    /** Prints the one-line error and gives the exit code for it. */
    int fail(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("pushbox: " + message);
        err.flush();
        return EXIT_FAILED;
    }

    static Account existing(MailboxStore store, String login) {
        return store.accounts().findByLogin(login)
                .orElseThrow(() -> new StoreException("no account with login '" + login + "'"));
    }

    static Device existingDevice(MailboxStore store, Account account, String deviceId) {
        return store.devices().find(account.id(), deviceId).orElseThrow(() -> new StoreException(
                "account " + account.login() + " has no device '" + deviceId + "' (see pushbox device list)"));
    }
}
