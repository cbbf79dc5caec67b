package org.pushbox.server.mail.out;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pushbox.storage.api.BlobId;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewOutboundMessage;
import org.pushbox.storage.api.OutboundMessage;

/**
 * The non-delivery report put into the sender's Inbox when recipients fail for good: a
 * {@code multipart/report} delivery status notification (RFC 3464) from MAILER-DAEMON, with a short
 * explanation, one machine-readable block per failed recipient with the relay's reply, and the original
 * message's header.
 */
final class Bounce {

    /** The original header attached is cut here; a header block this long is not one a person reads. */
    static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final Pattern ENHANCED = Pattern.compile("^([245])\\.(\\d{1,3})\\.(\\d{1,3})\\b");
    private static final DateTimeFormatter DATE = DateTimeFormatter
            .ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** A recipient that failed, with the reply that decided it. */
    record Failure(String address, String reply, boolean gaveUp) {
    }

    private Bounce() {
    }

    /**
     * The report for {@code failures} of {@code message}.
     *
     * @param host the server's name, for MAILER-DAEMON and Reporting-MTA
     * @param originalHeader the start of the original message (its header block is taken from it)
     */
    static byte[] build(OutboundMessage message, List<Failure> failures, String host, InputStream originalHeader,
            Instant now) throws IOException {
        String boundary = "=_pushbox-report-" + message.id() + "-" + now.toEpochMilli();
        StringBuilder b = new StringBuilder();
        line(b, "From: Mail Delivery System <MAILER-DAEMON@" + host + ">");
        line(b, "To: <" + message.envelopeFrom() + ">");
        line(b, "Subject: Undelivered Mail Returned to Sender");
        line(b, "Date: " + DATE.format(now));
        line(b, "Message-ID: <bounce." + message.id() + "." + now.toEpochMilli() + "@" + host + ">");
        line(b, "Auto-Submitted: auto-replied");
        line(b, "MIME-Version: 1.0");
        line(b, "Content-Type: multipart/report; report-type=delivery-status;");
        line(b, "\tboundary=\"" + boundary + "\"");
        line(b, "");
        line(b, "--" + boundary);
        line(b, "Content-Type: text/plain; charset=utf-8");
        line(b, "Content-Transfer-Encoding: 8bit");
        line(b, "");
        line(b, "This is the mail system at " + host + ".");
        line(b, "");
        line(b, "Your message could not be delivered to " + (failures.size() == 1 ? "this recipient:"
                : "these recipients:"));
        line(b, "");
        for (Failure f : failures) {
            line(b, "<" + f.address() + ">: " + (f.gaveUp() ? "gave up retrying; last reply: " : "")
                    + printable(f.reply()));
        }
        line(b, "");
        line(b, "--" + boundary);
        line(b, "Content-Type: message/delivery-status");
        line(b, "");
        line(b, "Reporting-MTA: dns; " + host);
        line(b, "Arrival-Date: " + DATE.format(message.created()));
        for (Failure f : failures) {
            line(b, "");
            line(b, "Final-Recipient: rfc822; " + ascii(f.address()));
            line(b, "Action: failed");
            line(b, "Status: " + status(f));
            line(b, "Diagnostic-Code: smtp; " + ascii(f.reply()));
            line(b, "Last-Attempt-Date: " + DATE.format(now));
        }
        line(b, "");
        line(b, "--" + boundary);
        line(b, "Content-Type: text/rfc822-headers");
        line(b, "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        out.write(header(originalHeader));
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /**
     * The report for {@code failures} of {@code message}, stored as a blob, as a message to queue for the
     * sender's own Inbox (a local recipient). It has the null sender, so that it is never bounced itself.
     */
    static NewOutboundMessage toSender(MailboxStore store, OutboundMessage message, List<Failure> failures,
            String host, Instant now) throws IOException {
        byte[] report;
        try (InputStream original = message.mime() == null ? InputStream.nullInputStream()
                : store.blobs().open(message.mime())) {
            report = build(message, failures, host, original, now);
        }
        BlobId blob = store.blobs().put(new ByteArrayInputStream(report)).id();
        return new NewOutboundMessage(message.accountId(), null, "", blob, report.length,
                List.of(new NewOutboundMessage.Recipient(message.envelopeFrom(), true)));
    }

    private static void line(StringBuilder b, String text) {
        b.append(text).append("\r\n");
    }

    /** X.Y.Z from the reply's enhanced status code; else 5.0.0, or 4.4.7 (expired) for a give-up. */
    static String status(Failure f) {
        String text = f.reply().length() > 4 ? f.reply().substring(4) : "";
        Matcher m = ENHANCED.matcher(text);
        if (m.find()) {
            return m.group(1) + "." + m.group(2) + "." + m.group(3);
        }
        return f.gaveUp() ? "4.4.7" : "5.0.0";
    }

    /** The relay's text in the readable part: any character but a control character (no line breaks). */
    private static String printable(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().limit(900).forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return b.toString();
    }

    /** A header field value must stay one printable-ASCII line. */
    private static String ascii(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().limit(900).forEach(c -> b.append(c >= 0x20 && c < 0x7f ? (char) c : '?'));
        return b.toString();
    }

    /** The original header block, up to its blank line, with CRLF line ends; bounded. */
    private static byte[] header(InputStream in) throws IOException {
        byte[] start = in.readNBytes(MAX_HEADER_BYTES);
        ByteArrayOutputStream out = new ByteArrayOutputStream(start.length);
        int lineStart = 0;
        for (int i = 0; i < start.length; i++) {
            if (start[i] == '\n') {
                int end = i > lineStart && start[i - 1] == '\r' ? i - 1 : i;
                if (end == lineStart) {
                    return out.toByteArray(); // the blank line: the header ends
                }
                out.write(start, lineStart, end - lineStart);
                out.write('\r');
                out.write('\n');
                lineStart = i + 1;
            }
        }
        return out.toByteArray(); // no body, or a header longer than the bound: what is complete
    }
}
