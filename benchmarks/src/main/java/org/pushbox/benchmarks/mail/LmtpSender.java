package org.pushbox.benchmarks.mail;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One LMTP session of the load: takes message numbers from a shared counter until none are left and
 * delivers each to two accounts, pipelining the envelope (MAIL, RCPT, RCPT, DATA in one write) as Postfix
 * does. Records, per recipient, when the message data started and when that recipient's 250 arrived.
 */
final class LmtpSender implements Runnable {

    /** One recipient's delivery: its account, when DATA's content started, when its 250 arrived. */
    record Delivery(int message, int account, long dataNanos, long repliedNanos) {
    }

    private final InetSocketAddress server;
    private final AtomicInteger next;
    private final int messages;
    private final int accounts;
    private final int size;
    private final ConcurrentLinkedQueue<Delivery> deliveries;
    private volatile Throwable failure;

    LmtpSender(InetSocketAddress server, AtomicInteger next, int messages, int accounts, int size,
            ConcurrentLinkedQueue<Delivery> deliveries) {
        this.server = server;
        this.next = next;
        this.messages = messages;
        this.accounts = accounts;
        this.size = size;
        this.deliveries = deliveries;
    }

    Throwable failure() {
        return failure;
    }

    @Override
    public void run() {
        try (Socket socket = new Socket()) {
            socket.connect(server, 10_000);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(120_000);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            expect(in, "220");
            out.write("LHLO load.example\r\n".getBytes(StandardCharsets.US_ASCII));
            expect(in, "250");
            for (int k; (k = next.getAndIncrement()) < messages; ) {
                int a = (2 * k) % accounts;
                int b = (2 * k + 1) % accounts;
                out.write(("MAIL FROM:<load@sender.example>\r\nRCPT TO:<" + LmtpIngestLoad.address(a) + ">\r\nRCPT TO:<"
                        + LmtpIngestLoad.address(b) + ">\r\nDATA\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                for (String code : List.of("250", "250", "250", "354")) {
                    expect(in, code);
                }
                long data = System.nanoTime();
                out.write(message(k, a, b));
                out.flush();
                expect(in, "250");
                long repliedA = System.nanoTime();
                expect(in, "250");
                long repliedB = System.nanoTime();
                deliveries.add(new Delivery(k, a, data, repliedA));
                deliveries.add(new Delivery(k, b, data, repliedB));
            }
            out.write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException e) {
            failure = e;
        }
    }

    /** A plain-text message of about {@code size} bytes, unique (its Message-ID), ending in the final dot. */
    private byte[] message(int k, int a, int b) {
        StringBuilder m = new StringBuilder(size + 200);
        m.append("From: Load <load@sender.example>\r\nTo: ").append(LmtpIngestLoad.address(a)).append(", ")
                .append(LmtpIngestLoad.address(b)).append("\r\nSubject: load message ").append(k)
                .append("\r\nMessage-ID: <load-").append(k).append('-').append(System.nanoTime())
                .append("@sender.example>\r\nDate: Sun, 22 Nov 2026 08:00:00 +0000\r\nMIME-Version: 1.0\r\n"
                        + "Content-Type: text/plain; charset=utf-8\r\n\r\n");
        String line = "Message " + k + ": the quarterly figures are attached, please review them by Thursday.\r\n";
        while (m.length() + line.length() < size) {
            m.append(line);
        }
        m.append(".\r\n");
        return m.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void expect(InputStream in, String code) throws IOException {
        String reply;
        do {
            reply = line(in);
        } while (reply.length() > 3 && reply.charAt(3) == '-');
        if (!reply.startsWith(code)) {
            throw new IOException("expected " + code + ", got " + reply);
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c; (c = in.read()) != '\n'; ) {
            if (c < 0) {
                throw new IOException("connection closed");
            }
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
