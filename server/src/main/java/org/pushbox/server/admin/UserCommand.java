package org.pushbox.server.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pushbox.server.admin.PasswordInput.PasswordException;
import org.pushbox.server.config.ConfigException;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pushbox user add|list|passwd|disable|enable}: account administration on the configured store.
 * With the embedded database the server must be stopped first (H2 allows one process per file).
 */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage accounts.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Passwd.class,
                UserCommand.Disable.class, UserCommand.Enable.class})
final class UserCommand implements Runnable {

    static final int EXIT_FAILED = 1;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What every subcommand does around its work: load the config, open the store, report errors. */
    abstract static class StoreCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ConfigOption config = new ConfigOption();

        /** Where passwords are read from with --password-stdin; tests replace it. */
        InputStream stdin = System.in;

        @Override
        public Integer call() {
            try (MailboxStore store = StoreOpener.open(config.load())) {
                return run(store, spec.commandLine().getOut());
            } catch (ConfigException | PasswordException | StoreException | IOException e) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("pushbox: " + e.getMessage());
                err.flush();
                return EXIT_FAILED;
            }
        }

        abstract int run(MailboxStore store, PrintWriter out) throws PasswordException;

        Account existing(MailboxStore store, String login) {
            return store.accounts().findByLogin(login)
                    .orElseThrow(() -> new StoreException("no account with login '" + login + "'"));
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Create an account.")
    static final class Add extends StoreCommand {
        @Parameters(index = "0", paramLabel = "LOGIN", description = "The login name.")
        String login;

        @Option(names = "--address", paramLabel = "ADDRESS", required = true,
                description = "E-mail address; the first is the primary one, repeat for aliases.")
        List<String> addresses = new ArrayList<>();

        @Option(names = "--name", paramLabel = "NAME", description = "Display name (default: the login).")
        String displayName;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordStdin;

        @Override
        int run(MailboxStore store, PrintWriter out) throws PasswordException {
            String password = PasswordInput.read(passwordStdin, stdin, login);
            Account account = store.accounts().create(new NewAccount(login, password,
                    displayName == null ? login : displayName, addresses, null));
            out.println("created " + account.login() + " <" + account.primaryAddress() + ">");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts.")
    static final class ListUsers extends StoreCommand {
        @Override
        int run(MailboxStore store, PrintWriter out) {
            for (Account account : store.accounts().list()) {
                out.println(account.login() + "\t" + (account.enabled() ? "enabled" : "disabled") + "\t"
                        + account.displayName() + "\t" + String.join(",", account.addresses()));
            }
            return 0;
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true, description = "Set an account's password.")
    static final class Passwd extends StoreCommand {
        @Parameters(index = "0", paramLabel = "LOGIN")
        String login;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordStdin;

        @Override
        int run(MailboxStore store, PrintWriter out) throws PasswordException {
            Account account = existing(store, login);
            store.accounts().setPassword(account.id(), PasswordInput.read(passwordStdin, stdin, account.login()));
            out.println("password of " + account.login() + " changed");
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Disable an account: its devices can no longer log in.")
    static final class Disable extends StoreCommand {
        @Parameters(index = "0", paramLabel = "LOGIN")
        String login;

        @Override
        int run(MailboxStore store, PrintWriter out) {
            Account account = existing(store, login);
            store.accounts().setEnabled(account.id(), false);
            out.println(account.login() + " disabled");
            return 0;
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enable a disabled account again.")
    static final class Enable extends StoreCommand {
        @Parameters(index = "0", paramLabel = "LOGIN")
        String login;

        @Override
        int run(MailboxStore store, PrintWriter out) {
            Account account = existing(store, login);
            store.accounts().setEnabled(account.id(), true);
            out.println(account.login() + " enabled");
            return 0;
        }
    }
}
