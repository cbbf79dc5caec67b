package org.pushbox.server.admin;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.pushbox.server.admin.PasswordInput.PasswordException;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pushbox user add|list|passwd|disable|enable|delete|alias}: account administration on the configured
 * store.
 * With the embedded database the server must be stopped first (H2 allows one process per file).
 */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage accounts.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Passwd.class,
                UserCommand.Disable.class, UserCommand.Enable.class, UserCommand.Delete.class, AliasCommand.class})
final class UserCommand implements Runnable {

    static final int EXIT_FAILED = StoreCommand.EXIT_FAILED;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
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

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete an account with its folders, mail, contacts, calendar, tasks and devices.")
    static final class Delete extends StoreCommand {
        @Parameters(index = "0", paramLabel = "LOGIN")
        String login;

        @Option(names = "--yes", description = "Really delete: there is no undo.")
        boolean yes;

        @Override
        int run(MailboxStore store, PrintWriter out) {
            Account account = existing(store, login);
            if (!yes) {
                // Checked after the lookup so that a typo in the login is reported as such first.
                return fail("deleting " + account.login() + " removes all its data and cannot be undone; "
                        + "repeat with --yes");
            }
            store.accounts().delete(account.id());
            out.println(account.login() + " deleted");
            return 0;
        }
    }
}
