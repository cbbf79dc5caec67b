package org.pushbox.server.mail.lmtp;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleStateEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.RejectedExecutionException;
import org.pushbox.server.mail.MailDelivery;
import org.pushbox.server.mail.MailDelivery.Outcome;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One LMTP connection (RFC 2033 on RFC 5321), or in {@link MailProtocol#SMTP} one SMTP connection for
 * direct delivery: the same commands, greeted with EHLO/HELO, with one reply after the final dot for all
 * recipients, and recipients outside pushbox's domains refused (never a relay). Commands are handled strictly in the order received, so
 * pipelined input is simply queued bytes. Anything that blocks (recipient look-up, spool writes, parsing and
 * storing a message) runs on the worker pool; meanwhile the session is {@code busy}: it stops reading from
 * the socket and resumes with the queued bytes when the work completes on the event loop.
 */
final class LmtpSession extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(LmtpSession.class);

    /** Message bytes gathered before they are handed to the spool file. */
    static final int SPOOL_CHUNK = 256 * 1024;
    /** Syntax and sequence errors before the connection is closed (an MTA never makes that many). */
    static final int MAX_ERRORS = 20;

    private enum State { GREETED, READY, MAIL, DATA, CLOSED }

    private record Recipient(String address, Account account) {
    }

    private final LmtpServer.Settings settings;
    private final LmtpServer.Services services;
    private ChannelHandlerContext ctx;
    private ByteBuf input;
    private State state = State.GREETED;
    private boolean busy;
    private boolean discardingLine;
    private int errors;
    private int rcptCommands;
    private final List<Recipient> recipients = new ArrayList<>();
    private DataReceiver data;
    private Spool spool;
    private boolean spoolFailed;
    private boolean counted;

    LmtpSession(LmtpServer.Settings settings, LmtpServer.Services services) {
        this.settings = settings;
        this.services = services;
    }

    @Override
    public void channelActive(ChannelHandlerContext context) {
        ctx = context;
        input = ctx.alloc().buffer();
        counted = true;
        if (services.connections().incrementAndGet() > settings.maxConnections()) {
            closeWith(Replies.TOO_MANY_CONNECTIONS);
            return;
        }
        reply("220 " + settings.hostname() + " " + settings.protocol().greetingWord() + " pushbox ready");
        ctx.flush();
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object msg) {
        ByteBuf bytes = (ByteBuf) msg;
        try {
            if (state != State.CLOSED) {
                input.writeBytes(bytes);
            }
        } finally {
            bytes.release();
        }
        drain();
    }

    @Override
    public void channelInactive(ChannelHandlerContext context) {
        state = State.CLOSED;
        if (counted) {
            counted = false;
            services.connections().decrementAndGet();
        }
        if (!busy) {
            release();
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext context, Object event) {
        if (event instanceof IdleStateEvent && !busy && state != State.CLOSED) {
            closeWith(Replies.TIMEOUT);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
        LOG.debug("LMTP connection from {} failed: {}", context.channel().remoteAddress(), cause.toString());
        context.close();
    }

    /** Handles queued input until it runs out, the session waits for a worker, or the connection ends. */
    private void drain() {
        while (!busy && state != State.CLOSED && input.isReadable()) {
            if (state == State.DATA) {
                receiveData();
                continue;
            }
            int lf = input.indexOf(input.readerIndex(), input.writerIndex(), (byte) '\n');
            if (lf < 0) {
                if (input.readableBytes() > settings.maxLineBytes()) {
                    discardingLine = true; // drop the long line's bytes as they come; answer at its end
                    input.skipBytes(input.readableBytes());
                }
                break;
            }
            int length = lf - input.readerIndex();
            if (discardingLine || length + 1 > settings.maxLineBytes()) {
                input.readerIndex(lf + 1);
                discardingLine = false;
                error(Replies.LINE_TOO_LONG);
                continue;
            }
            String line = input.toString(input.readerIndex(), length, StandardCharsets.UTF_8);
            input.readerIndex(lf + 1);
            command(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
        if (state == State.CLOSED) {
            return;
        }
        input.discardSomeReadBytes();
        ctx.flush();
        ctx.channel().config().setAutoRead(!busy);
    }

    private void command(String line) {
        LmtpCommand command = LmtpCommand.parse(line);
        boolean smtp = settings.protocol() == MailProtocol.SMTP;
        switch (command.verb()) {
            case "LHLO" -> {
                if (smtp) {
                    error(Replies.USE_EHLO);
                } else {
                    hello(command.argument(), true);
                }
            }
            case "EHLO", "HELO" -> {
                if (smtp) {
                    hello(command.argument(), command.verb().equals("EHLO"));
                } else {
                    error(Replies.USE_LHLO);
                }
            }
            case "MAIL" -> mail(command.argument());
            case "RCPT" -> rcpt(command.argument());
            case "DATA" -> data(command.argument());
            case "RSET" -> {
                resetTransaction();
                reply(Replies.OK);
            }
            case "NOOP" -> reply(Replies.OK);
            case "VRFY" -> reply(Replies.CANNOT_VRFY);
            case "QUIT" -> closeWith(Replies.BYE);
            default -> error(Replies.UNKNOWN_COMMAND);
        }
    }

    /** LHLO or EHLO ({@code extended}) list the extensions; SMTP's HELO answers with the host name alone. */
    private void hello(String domain, boolean extended) {
        if (domain.isEmpty()) {
            error(Replies.SYNTAX);
            return;
        }
        resetTransaction();
        state = State.READY;
        if (!extended) {
            reply("250 " + settings.hostname());
            return;
        }
        reply("250-" + settings.hostname());
        reply("250-PIPELINING");
        reply("250-ENHANCEDSTATUSCODES");
        reply("250-8BITMIME");
        reply("250 SIZE " + settings.maxMessageBytes());
    }

    private void mail(String argument) {
        if (state == State.GREETED) {
            error(needHello());
            return;
        }
        if (state != State.READY) {
            error(Replies.NESTED_MAIL);
            return;
        }
        MailPath path = MailPath.parse(argument, "FROM:");
        if (path == null) {
            error(Replies.SYNTAX);
            return;
        }
        for (Map.Entry<String, String> parameter : path.parameters().entrySet()) {
            String value = parameter.getValue();
            switch (parameter.getKey()) {
                case "SIZE" -> {
                    long declared;
                    try {
                        declared = Long.parseLong(value == null ? "" : value);
                    } catch (NumberFormatException e) {
                        error(Replies.SYNTAX);
                        return;
                    }
                    if (declared > settings.maxMessageBytes()) {
                        reply(Replies.TOO_BIG);
                        return;
                    }
                }
                case "BODY" -> {
                    if (value == null || !(value.equalsIgnoreCase("7BIT") || value.equalsIgnoreCase("8BITMIME"))) {
                        error(Replies.BAD_PARAMETER);
                        return;
                    }
                }
                default -> {
                    error(Replies.BAD_PARAMETER);
                    return;
                }
            }
        }
        state = State.MAIL;
        reply(Replies.SENDER_OK);
    }

    private void rcpt(String argument) {
        if (state != State.MAIL) {
            error(state == State.GREETED ? needHello() : Replies.NEED_MAIL);
            return;
        }
        MailPath path = MailPath.parse(argument, "TO:");
        if (path == null || path.address().isEmpty()) {
            error(Replies.SYNTAX);
            return;
        }
        if (!path.parameters().isEmpty()) {
            error(Replies.BAD_PARAMETER);
            return;
        }
        if (++rcptCommands > settings.maxRecipients()) {
            reply(Replies.TOO_MANY_RECIPIENTS);
            return;
        }
        String address = path.address();
        boolean smtp = settings.protocol() == MailProtocol.SMTP;
        offload(() -> new Lookup(services.accounts().apply(address),
                smtp && services.domains().isLocal(address)), (lookup, failure) -> {
            Optional<Account> found = lookup == null ? Optional.empty() : lookup.account();
            if (failure != null) {
                reply(failure instanceof RejectedExecutionException ? Replies.BUSY : Replies.TRY_LATER);
            } else if (found.isEmpty()) {
                reply(smtp && !lookup.localDomain() ? Replies.RELAY_DENIED : Replies.NO_SUCH_USER);
            } else if (!found.get().enabled()) {
                reply(Replies.DISABLED);
            } else {
                recipients.add(new Recipient(address, found.get()));
                reply(Replies.RECIPIENT_OK);
            }
        });
    }

    private void data(String argument) {
        if (state != State.MAIL) {
            error(state == State.GREETED ? needHello() : Replies.NEED_MAIL);
            return;
        }
        if (!argument.isEmpty()) {
            error(Replies.SYNTAX);
            return;
        }
        if (recipients.isEmpty()) {
            error(settings.protocol() == MailProtocol.SMTP ? Replies.SMTP_NO_RECIPIENTS
                    : Replies.NO_RECIPIENTS); // RFC 2033 section 4.2
            return;
        }
        state = State.DATA;
        data = new DataReceiver(ctx.alloc().buffer(64 * 1024), settings.maxMessageBytes());
        spool = new Spool(settings.spoolDirectory());
        spoolFailed = false;
        reply(Replies.START_DATA);
    }

    private void receiveData() {
        if (data.consume(input)) {
            endOfData();
        } else if (spoolFailed) {
            data.pending().clear(); // keep reading to the final dot; every recipient then gets a 451
        } else if (data.pending().readableBytes() >= SPOOL_CHUNK) {
            Spool target = spool;
            ByteBuf pending = data.pending();
            offload(() -> {
                target.write(pending);
                return null;
            }, (ignored, failure) -> {
                if (failure != null) {
                    LOG.warn("cannot write the LMTP spool: {}", failure.toString());
                    spoolFailed = true;
                }
                pending.clear();
            });
        }
    }

    /** The final dot: deliver on a worker, then one reply per accepted recipient, in RCPT order. */
    private void endOfData() {
        List<Recipient> accepted = List.copyOf(recipients);
        DataReceiver received = data;
        Spool target = spool;
        boolean failed = spoolFailed;
        offload(() -> deliver(accepted, received, target, failed), (replies, failure) -> {
            received.pending().release();
            data = null;
            spool = null;
            if (failure != null) {
                target.delete();
                replyAfterData(accepted.stream().map(r -> Replies.deliveryFailed(r.address())).toList());
            } else {
                replyAfterData(replies);
            }
            resetTransaction();
        });
    }

    /** Runs on a worker: spools the rest, stores the message, and words the per-recipient replies. */
    private List<String> deliver(List<Recipient> accepted, DataReceiver received, Spool target, boolean failed) {
        try {
            if (received.tooBig()) {
                return accepted.stream().map(r -> Replies.tooBig(r.address())).toList();
            }
            if (failed) {
                return accepted.stream().map(r -> Replies.deliveryFailed(r.address())).toList();
            }
            target.write(received.pending());
            Path file = target.finish();
            Map<Long, Account> accounts = new LinkedHashMap<>();
            accepted.forEach(r -> accounts.putIfAbsent(r.account().id(), r.account()));
            Map<Long, Outcome> outcomes = services.delivery().deliver(file, List.copyOf(accounts.values()));
            List<String> replies = new ArrayList<>();
            for (Recipient r : accepted) {
                Outcome outcome = outcomes.getOrDefault(r.account().id(), Outcome.FAILED);
                replies.add(switch (outcome) {
                    case DELIVERED, ALREADY_DELIVERED -> Replies.delivered(r.address());
                    case NO_MAILBOX -> Replies.noMailbox(r.address());
                    case FAILED -> Replies.deliveryFailed(r.address());
                });
            }
            LOG.debug("delivered {} bytes to {} recipient(s)", received.size(), accepted.size());
            return replies;
        } catch (IOException | StoreException e) {
            LOG.warn("LMTP delivery failed, the MTA will retry: {}", e.toString());
            return accepted.stream().map(r -> Replies.deliveryFailed(r.address())).toList();
        } finally {
            target.delete();
        }
    }

    /**
     * LMTP: every recipient's reply, in RCPT order. SMTP has one reply for the transaction: the worst of
     * them, so a temporary failure for any recipient makes the MTA retry all (the retry is recognised for
     * those already delivered, see {@link MailDelivery}); a recipient whose account vanished since RCPT is
     * dropped when others got the mail, as a final-delivery MTA would after its 250.
     */
    private void replyAfterData(List<String> perRecipient) {
        if (settings.protocol() == MailProtocol.LMTP) {
            perRecipient.forEach(this::reply);
        } else if (perRecipient.stream().anyMatch(r -> r.startsWith("4"))) {
            reply(Replies.SMTP_FAILED);
        } else if (perRecipient.stream().allMatch(r -> r.startsWith("552"))) {
            reply(Replies.SMTP_TOO_BIG);
        } else if (perRecipient.stream().noneMatch(r -> r.startsWith("2"))) {
            reply(Replies.SMTP_NO_MAILBOX);
        } else {
            reply(Replies.ACCEPTED);
        }
    }

    private String needHello() {
        return settings.protocol() == MailProtocol.SMTP ? Replies.NEED_EHLO : Replies.NEED_LHLO;
    }

    /** A RCPT's look-up: the account, and (SMTP only) whether the address's domain is one of ours. */
    private record Lookup(Optional<Account> account, boolean localDomain) {
    }

    /** What to do on the event loop when offloaded work is done: its result, or why it failed. */
    @FunctionalInterface
    private interface Completion<T> {
        void done(T result, Throwable failure);
    }

    /**
     * Runs {@code work} on the worker pool with the session paused; {@code then} runs on the event loop,
     * after which queued input is handled again. A full pool is reported to {@code then} as the failure.
     */
    private <T> void offload(Callable<T> work, Completion<T> then) {
        busy = true;
        try {
            services.workers().submit(work).whenComplete((result, failure) -> onLoop(() -> {
                busy = false;
                if (state == State.CLOSED) {
                    release();
                    return;
                }
                then.done(result, failure);
                drain();
            }));
        } catch (RejectedExecutionException e) {
            busy = false;
            then.done(null, e);
        }
    }

    private void onLoop(Runnable task) {
        try {
            ctx.executor().execute(task);
        } catch (RejectedExecutionException e) {
            release(); // the event loop is shutting down: nothing left to answer
        }
    }

    private void resetTransaction() {
        recipients.clear();
        rcptCommands = 0;
        if (state != State.GREETED && state != State.CLOSED) {
            state = State.READY;
        }
    }

    private void reply(String line) {
        ByteBuf out = ctx.alloc().buffer(line.length() + 2);
        out.writeCharSequence(line, StandardCharsets.UTF_8);
        out.writeByte('\r').writeByte('\n');
        ctx.write(out);
    }

    private void error(String line) {
        reply(line);
        if (++errors >= MAX_ERRORS) {
            closeWith(Replies.TOO_MANY_ERRORS);
        }
    }

    private void closeWith(String line) {
        reply(line);
        state = State.CLOSED;
        ctx.writeAndFlush(ctx.alloc().buffer(0)).addListener(ChannelFutureListener.CLOSE);
    }

    private void release() {
        if (input != null && input.refCnt() > 0) {
            input.release();
        }
        if (data != null && data.pending().refCnt() > 0) {
            data.pending().release();
        }
        if (spool != null) {
            Spool leftover = spool;
            spool = null;
            try {
                services.workers().execute(leftover::delete);
            } catch (RejectedExecutionException e) {
                leftover.delete();
            }
        }
    }
}
