package org.pushbox.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.server.SMTPServer;

/**
 * A real SMTP server on a loopback port that keeps every transaction it accepts: the envelope exactly as
 * the client gave it (MAIL FROM, each RCPT TO) and the message bytes. It stands for the relay pushbox
 * sends to.
 */
final class SmtpSink implements AutoCloseable {

    /** One accepted SMTP transaction. */
    record Transaction(String mailFrom, List<String> rcptTo, byte[] data) {
        String text() {
            return new String(data, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private final LinkedBlockingQueue<Transaction> received = new LinkedBlockingQueue<>();
    private final SMTPServer server;

    SmtpSink() throws IOException {
        server = SMTPServer.port(0)
                .bindAddress(InetAddress.getLoopbackAddress())
                .hostName("sink.test")
                .insertReceivedHeaders(false)
                .messageHandlerFactory(this::handler)
                .build();
        server.start();
    }

    int port() {
        return server.getPortAllocated();
    }

    /** The next accepted transaction, waiting up to {@code timeout}; fails when none arrives. */
    Transaction next(Duration timeout) throws InterruptedException {
        Transaction t = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (t == null) {
            throw new AssertionError("the relay received no message within " + timeout);
        }
        return t;
    }

    /** Whether a transaction arrives within {@code wait} (for checking that nothing more is sent). */
    Transaction poll(Duration wait) throws InterruptedException {
        return received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private MessageHandler handler(MessageContext context) {
        return new MessageHandler() {
            private String from;
            private final List<String> to = new ArrayList<>();

            @Override
            public void from(String address) {
                from = address;
            }

            @Override
            public void recipient(String address) {
                to.add(address);
            }

            @Override
            public String data(InputStream data) throws IOException {
                received.add(new Transaction(from, List.copyOf(to), data.readAllBytes()));
                return null;
            }

            @Override
            public void done() {
            }
        };
    }

    @Override
    public void close() {
        server.stop();
    }
}
