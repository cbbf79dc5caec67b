package org.pushbox.server.admin;

import java.io.PrintWriter;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.Logins;
import org.pushbox.storage.api.MailboxStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pushbox user alias add|remove LOGIN ADDRESS}: the addresses mail is delivered to besides the primary one. */
@Command(name = "alias", mixinStandardHelpOptions = true, description = "Add or remove an account's alias addresses.",
        subcommands = {AliasCommand.Add.class, AliasCommand.Remove.class})
final class AliasCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an alias address to an account.")
    static final class Add extends StoreCommand {
        @Parameters(index = "0", paramLabel = "LOGIN")
        String login;

        @Parameters(index = "1", paramLabel = "ADDRESS")
        String address;

        @Override
        int run(MailboxStore store, PrintWriter out) {
            Account account = existing(store, login);
            if (!address.contains("@")) {
                return fail("'" + address + "' is not an e-mail address");
            }
            // A taken address (this account's or another's) is the store's ConflictException, one line.
            store.accounts().addAddress(account.id(), address);
            out.println("added " + address.strip() + " to " + account.login());
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an alias address from an account.")
    static final class Remove extends StoreCommand {
        @Parameters(index = "0", paramLabel = "LOGIN")
        String login;

        @Parameters(index = "1", paramLabel = "ADDRESS")
        String address;

        @Override
        int run(MailboxStore store, PrintWriter out) {
            Account account = existing(store, login);
            String key = Logins.normalise(address);
            if (Logins.normalise(account.primaryAddress()).equals(key)) {
                // The store would let the next alias become primary (or leave none); the phone's From would change.
                return fail(address + " is the primary address of " + account.login() + "; only aliases can be removed");
            }
            if (account.addresses().stream().map(Logins::normalise).noneMatch(key::equals)) {
                return fail(account.login() + " has no address " + address);
            }
            store.accounts().removeAddress(account.id(), address);
            out.println("removed " + address.strip() + " from " + account.login());
            return 0;
        }
    }
}
