package org.pushbox.server.admin;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.pushbox.server.mail.out.QueueControl;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.LeaseHeldException;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.OutboundEntry;
import org.pushbox.storage.api.OutboundFilter;
import org.pushbox.storage.api.OutboundMessage;
import org.pushbox.storage.api.OutboundRecipient;
import org.pushbox.storage.api.OutboundRecipient.State;
import org.pushbox.storage.api.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pushbox queue list|show|retry|delete|bounce}: the outbound mail queue (docs/mail-out.md). The
 * commands change only the database; the relay thread of the running server acts on it at its next round.
 */
@Command(name = "queue", mixinStandardHelpOptions = true, description = "Look into and act on the outbound mail queue.",
        subcommands = {QueueCommand.ListQueue.class, QueueCommand.Show.class, QueueCommand.Retry.class,
                QueueCommand.Delete.class, QueueCommand.BounceMessage.class})
final class QueueCommand implements Runnable {

    /** The relay's reply in a list line; {@code show} prints it whole. */
    static final int REPLY_WIDTH = 60;
    static final int DEFAULT_LIMIT = 1000;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What the queue subcommands share: the message id argument, the clock, how entries read. */
    abstract static class QueueSubcommand extends StoreCommand {

        /** What due times and leases are compared with: the same UTC wall clock the server uses. */
        Clock clock = Clock.systemUTC();

        /** The id as typed: a word that is not a positive number is the operator's mistake, reported in one line. */
        static long messageId(String text) {
            try {
                long id = Long.parseLong(text.strip());
                if (id > 0) {
                    return id;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new StoreException("'" + text + "' is not a message id (a number, as pushbox queue list shows)");
        }

        static OutboundMessage existingMessage(MailboxStore store, long id) {
            return store.outbound().get(id).orElseThrow(() -> new StoreException("no message " + id + " in the queue "
                    + "(finished messages are forgotten after 7 days; see pushbox queue list --all)"));
        }

        /** Where the sent or bounced mail goes from here, for the command's last line. */
        String pickUp() {
            return loaded.database().isEmpty()
                    ? "the server's relay thread picks this up when the server starts (the embedded database "
                            + "allows one process at a time)"
                    : "the relay thread of the running server picks this up at its next round, within "
                            + QueueControl.pollInterval().toSeconds() + " s";
        }

        /** Refuses to change a message a relay transfer holds; the store checks again when it changes it. */
        List<OutboundEntry> pendingUnheld(MailboxStore store, OutboundMessage message, Instant now) {
            List<OutboundEntry> pending = store.outbound().list(OutboundFilter.pending().ofMessage(message.id()));
            if (pending.isEmpty()) {
                throw new StoreException("message " + message.id() + " has nothing pending"
                        + (message.isFinished() ? " (finished " + time(message.finished()) + ")" : ""));
            }
            pending.stream().filter(e -> e.isLeasedAt(now)).findFirst().ifPresent(e -> {
                throw held(message.id(), e.leaseUntil());
            });
            return pending;
        }

        static StoreException held(long id, Instant until) {
            return new StoreException("message " + id + " is being sent right now (held until " + time(until)
                    + "); try again once that transfer is over");
        }
    }

    static String time(Instant instant) {
        return instant == null ? "-" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String state(OutboundEntry e, Instant now) {
        if (e.recipient().state() == State.PENDING && e.isLeasedAt(now)) {
            return "sending";
        }
        return e.recipient().state().name().toLowerCase(Locale.ROOT);
    }

    static String from(OutboundMessage m) {
        return m.envelopeFrom().isEmpty() ? "<>" : m.envelopeFrom();
    }

    /** 1234 as 1.2 KB: the scale an operator compares, not the exact count ({@code show} gives both). */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    /** One line: control characters (a multi-line reply's breaks) become spaces; cut at {@code max} when given. */
    static String reply(String text, int max) {
        if (text == null) {
            return "-";
        }
        StringBuilder b = new StringBuilder();
        text.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        String line = b.toString().strip().replaceAll(" {2,}", " ");
        return max > 0 && line.length() > max ? line.substring(0, max - 3) + "..." : line;
    }

    static String login(MailboxStore store, Map<Long, String> logins, long accountId) {
        return logins.computeIfAbsent(accountId, id -> store.accounts().get(id).map(Account::login).orElse("#" + id));
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the pending recipients (or all with --all): message id, account, envelope from, "
                    + "recipient, state, attempts, next attempt, size, queued at (UTC), last reply.")
    static final class ListQueue extends QueueSubcommand {
        @Option(names = "--all", description = "Also the recipients already sent or failed (kept 7 days).")
        boolean all;

        @Option(names = "--account", paramLabel = "LOGIN", description = "Only messages this account sent.")
        String account;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "" + DEFAULT_LIMIT,
                description = "At most this many lines (default: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        int run(MailboxStore store, PrintWriter out) {
            if (limit < 1) {
                return fail("--limit must be at least 1");
            }
            OutboundFilter filter = all ? OutboundFilter.all() : OutboundFilter.pending();
            String whose = "";
            if (account != null) {
                Account a = existing(store, account);
                filter = filter.ofAccount(a.id());
                whose = " of " + a.login();
            }
            // One more than shown tells whether the limit cut the list.
            List<OutboundEntry> entries = store.outbound().list(filter.limit(limit == Integer.MAX_VALUE ? limit
                    : limit + 1));
            if (entries.isEmpty()) {
                out.println(all ? "the queue is empty: no message" + whose + " is kept"
                        : "the queue is empty: no recipient" + whose + " is pending");
                return 0;
            }
            Instant now = clock.instant();
            Map<Long, String> logins = new HashMap<>();
            TextTable table = new TextTable("ID", "ACCOUNT", "FROM", "TO", "STATE", "ATTEMPTS", "NEXT ATTEMPT",
                    "SIZE", "QUEUED", "LAST REPLY");
            for (OutboundEntry e : entries.subList(0, Math.min(limit, entries.size()))) {
                OutboundMessage m = e.message();
                OutboundRecipient r = e.recipient();
                table.add(Long.toString(m.id()), login(store, logins, m.accountId()), from(m), r.address(),
                        state(e, now), Integer.toString(r.attempts()),
                        r.state() == State.PENDING ? time(r.nextAttempt()) : "-", size(m.size()), time(m.created()),
                        reply(r.lastError(), REPLY_WIDTH));
            }
            table.print(out);
            if (entries.size() > limit) {
                out.println("(the first " + limit + " lines; more with --limit)");
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show one message: its envelope and every recipient's state and last reply.")
    static final class Show extends QueueSubcommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The message id, as queue list shows it.")
        String id;

        @Override
        int run(MailboxStore store, PrintWriter out) {
            OutboundMessage m = existingMessage(store, messageId(id));
            List<OutboundEntry> entries = store.outbound().list(OutboundFilter.all().ofMessage(m.id()));
            Instant now = clock.instant();
            long pending = entries.stream().filter(e -> e.recipient().state() == State.PENDING).count();
            out.println("message " + m.id());
            out.println("  account:    " + login(store, new HashMap<>(), m.accountId()));
            out.println("  from:       <" + m.envelopeFrom() + ">" + (m.envelopeFrom().isEmpty()
                    ? " (a bounce: never bounced itself)" : ""));
            out.println("  client id:  " + (m.clientId() == null ? "-" : m.clientId()));
            out.println("  size:       " + size(m.size()) + " (" + m.size() + " bytes)");
            out.println("  queued at:  " + time(m.created()));
            out.println("  finished:   " + (m.isFinished() ? time(m.finished())
                    : "no, " + pending + " of " + entries.size() + " recipient(s) pending"));
            TextTable table = new TextTable("RECIPIENT", "ROUTE", "STATE", "ATTEMPTS", "NEXT ATTEMPT", "LAST REPLY");
            for (OutboundEntry e : entries) {
                OutboundRecipient r = e.recipient();
                String next = r.state() != State.PENDING ? "-"
                        : e.isLeasedAt(now) ? "held until " + time(e.leaseUntil()) : time(r.nextAttempt());
                table.add(r.address(), r.local() ? "local" : "relay", state(e, now), Integer.toString(r.attempts()),
                        next, reply(r.lastError(), 0));
            }
            table.print(out);
            return 0;
        }
    }

    @Command(name = "retry", mixinStandardHelpOptions = true,
            description = "Make the pending recipients of a message (or of all with --all) due now, instead of at "
                    + "their next attempt; the relay thread of the running server sends them at its next round.")
    static final class Retry extends QueueSubcommand {
        @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "The message id.")
        String id;

        @Option(names = "--all", description = "Every pending recipient.")
        boolean all;

        @Override
        int run(MailboxStore store, PrintWriter out) {
            if (all == (id != null)) {
                return fail("give either a message ID or --all");
            }
            QueueControl control = new QueueControl(store, loaded.relay().helo(), clock);
            if (all) {
                int due = control.retry(null);
                out.println(due == 0 ? "nothing to retry: no pending recipient waits for a later attempt"
                        : due + " recipient(s) due now; " + pickUp());
                return 0;
            }
            OutboundMessage m = existingMessage(store, messageId(id));
            List<OutboundEntry> pending = store.outbound().list(OutboundFilter.pending().ofMessage(m.id()));
            if (pending.isEmpty()) {
                return fail("message " + m.id() + " has nothing pending" + (m.isFinished()
                        ? " (finished " + time(m.finished()) + ")" : ""));
            }
            int due = control.retry(m.id());
            out.println("message " + m.id() + (due == 0
                    ? ": nothing to retry, its pending recipient(s) are due already or being sent"
                    : ": " + due + " recipient(s) due now; " + pickUp()));
            return 0;
        }
    }

    /** Asks the person at the terminal; empty when there is none (a script, a cron job, a pipe). */
    interface Confirmation {
        Optional<Boolean> ask(String question);

        Confirmation CONSOLE = question -> {
            Console console = System.console();
            if (console == null) {
                return Optional.empty();
            }
            String answer = console.readLine("%s [y/N] ", question);
            return Optional.of(answer != null && List.of("y", "yes").contains(answer.strip().toLowerCase(Locale.ROOT)));
        };
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Give up on a message's pending recipients WITHOUT telling the sender (spam, a mail "
                    + "loop); they become failed. Asks first on a terminal; scripts give --yes.")
    static final class Delete extends QueueSubcommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The message id.")
        String id;

        @Option(names = "--yes", description = "Do not ask: there is no undo.")
        boolean yes;

        Confirmation confirmation = Confirmation.CONSOLE;

        @Override
        int run(MailboxStore store, PrintWriter out) {
            OutboundMessage m = existingMessage(store, messageId(id));
            List<OutboundEntry> pending = pendingUnheld(store, m, clock.instant());
            if (!yes) {
                String what = "deleting message " + m.id() + " from <" + m.envelopeFrom() + "> gives up "
                        + addresses(pending) + " without telling the sender";
                Optional<Boolean> answer = confirmation.ask(what + ". Delete?");
                if (answer.isEmpty()) {
                    return fail(what + "; repeat with --yes, or use 'pushbox queue bounce " + m.id()
                            + "' to return it to the sender");
                }
                if (!answer.get()) {
                    out.println("nothing deleted");
                    return EXIT_FAILED;
                }
            }
            QueueControl.GaveUp done;
            try {
                done = new QueueControl(store, loaded.relay().helo(), clock).delete(m.id()).orElseThrow(
                        () -> new StoreException("message " + m.id() + " has nothing pending any more"));
            } catch (LeaseHeldException e) {
                throw held(m.id(), e.until());
            }
            String who = done.recipients().stream().map(OutboundRecipient::address).collect(Collectors.joining(", "));
            out.println("message " + m.id() + ": gave up " + done.recipients().size()
                    + " recipient(s) without a bounce: " + who);
            return 0;
        }

        private static String addresses(List<OutboundEntry> pending) {
            return pending.size() + " pending recipient(s) (" + pending.stream().map(e -> e.recipient().address())
                    .collect(Collectors.joining(", ")) + ")";
        }
    }

    @Command(name = "bounce", mixinStandardHelpOptions = true,
            description = "Give up on a message's pending recipients and return it to the sender: they become "
                    + "failed and one bounce listing them goes to the sender's Inbox.")
    static final class BounceMessage extends QueueSubcommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The message id.")
        String id;

        @Override
        int run(MailboxStore store, PrintWriter out) {
            OutboundMessage m = existingMessage(store, messageId(id));
            pendingUnheld(store, m, clock.instant());
            QueueControl.GaveUp done;
            try {
                done = new QueueControl(store, loaded.relay().helo(), clock).bounce(m.id()).orElseThrow(
                        () -> new StoreException("message " + m.id() + " has nothing pending any more"));
            } catch (LeaseHeldException e) {
                throw held(m.id(), e.until());
            } catch (IOException e) {
                return fail("cannot read message " + m.id() + " for the bounce, nothing changed: " + e.getMessage());
            }
            String who = done.recipients().stream().map(OutboundRecipient::address).collect(Collectors.joining(", "));
            out.println("message " + m.id() + ": gave up " + done.recipients().size() + " recipient(s): " + who);
            out.println(done.bounced() ? "a bounce to <" + m.envelopeFrom() + "> is queued; " + pickUp()
                    : "the message is itself a bounce, so nothing is sent back");
            return 0;
        }
    }
}
