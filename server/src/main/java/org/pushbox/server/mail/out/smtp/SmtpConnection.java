package org.pushbox.server.mail.out.smtp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.pushbox.server.config.RelaySettings;

/**
 * A blocking SMTP client session with the relay (RFC 5321): greeting, EHLO, STARTTLS or implicit TLS,
 * AUTH PLAIN or LOGIN, then any number of mail transactions, each with the exact envelope given and the
 * message bytes passed through unchanged apart from SMTP's line and dot encoding. One command at a time
 * (no pipelining), so every recipient gets its own reply. Not thread-safe; runs on the relay thread.
 */
public final class SmtpConnection implements AutoCloseable {

    /** Longer reply lines than this are a broken or hostile server (RFC 5321 allows 512). */
    static final int MAX_LINE = 4096;
    static final int MAX_REPLY_LINES = 200;
    private static final String[] TLS_PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private final RelaySettings settings;
    private final SSLSocketFactory tls;
    private final Runnable beforeCommand;
    private volatile Socket socket;
    private InputStream in;
    private OutputStream out;
    private Map<String, String> extensions = Map.of();
    private boolean closedByServer;

    private SmtpConnection(RelaySettings settings, SSLSocketFactory tls, Runnable beforeCommand) {
        this.settings = settings;
        this.tls = tls;
        this.beforeCommand = beforeCommand;
    }

    /**
     * Connects to the relay of {@code settings} and gets the session ready for mail: greeting, EHLO,
     * STARTTLS when required, AUTH when credentials are configured.
     *
     * @param beforeCommand runs before each command is sent (the caller renews its queue lease there)
     * @throws IOException when the relay cannot be reached or the connection breaks
     * @throws SmtpSessionException when the relay refuses the session
     */
    public static SmtpConnection open(RelaySettings settings, SSLSocketFactory tls, Runnable beforeCommand)
            throws IOException, SmtpSessionException {
        SmtpConnection c = new SmtpConnection(settings, tls, beforeCommand);
        try {
            c.connect();
            return c;
        } catch (IOException | SmtpSessionException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private String host() {
        return settings.host().orElseThrow(() -> new IllegalStateException("no relay configured"));
    }

    private void connect() throws IOException, SmtpSessionException {
        Socket plain = new Socket();
        socket = plain;
        plain.connect(new InetSocketAddress(host(), settings.port()), (int) settings.connectTimeout().toMillis());
        if (settings.security() == RelaySettings.Security.TLS) {
            socket = handshake(plain);
        }
        socket.setSoTimeout((int) settings.timeout().toMillis());
        streams();
        SmtpReply greeting = readReply();
        if (greeting.code() != 220) {
            throw new SmtpSessionException("the relay greeted with " + greeting);
        }
        hello();
        if (settings.security() == RelaySettings.Security.STARTTLS) {
            if (!extensions.containsKey("STARTTLS")) {
                throw new SmtpSessionException("the relay does not offer STARTTLS (relay.security = starttls)");
            }
            SmtpReply ready = command("STARTTLS");
            if (ready.code() != 220) {
                throw new SmtpSessionException("the relay refused STARTTLS: " + ready);
            }
            socket = handshake(socket);
            socket.setSoTimeout((int) settings.timeout().toMillis());
            streams();
            hello(); // RFC 3207: everything learnt before TLS is forgotten
        }
        if (settings.credentials().isPresent()) {
            authenticate(settings.credentials().get());
        }
    }

    /** TLS over {@code plain}, with the relay's host name checked against its certificate. */
    private SSLSocket handshake(Socket plain) throws IOException {
        SSLSocket s = (SSLSocket) tls.createSocket(plain, host(), settings.port(), true);
        SSLParameters parameters = s.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        parameters.setProtocols(TLS_PROTOCOLS);
        s.setSSLParameters(parameters);
        s.setSoTimeout((int) settings.connectTimeout().toMillis());
        s.startHandshake();
        return s;
    }

    private void streams() throws IOException {
        in = new BufferedInputStream(socket.getInputStream());
        out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
    }

    private void hello() throws IOException, SmtpSessionException {
        SmtpReply ehlo = command("EHLO " + settings.helo());
        if (ehlo.code() == 250) {
            Map<String, String> found = new LinkedHashMap<>();
            for (String line : ehlo.lines().subList(1, ehlo.lines().size())) {
                String[] parts = line.strip().split("[ =]", 2);
                found.put(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1].strip() : "");
            }
            extensions = found;
            return;
        }
        if (!ehlo.isPermanent()) {
            throw new SmtpSessionException("the relay refused EHLO: " + ehlo);
        }
        SmtpReply helo = command("HELO " + settings.helo()); // an old server without ESMTP
        if (helo.code() != 250) {
            throw new SmtpSessionException("the relay refused EHLO and HELO: " + helo);
        }
        extensions = Map.of();
    }

    private void authenticate(RelaySettings.Credentials credentials) throws IOException, SmtpSessionException {
        List<String> mechanisms = List.of(extensions.getOrDefault("AUTH", "").toUpperCase(Locale.ROOT).split(" +"));
        SmtpReply reply;
        if (mechanisms.contains("PLAIN")) {
            String token = "\0" + credentials.username() + "\0" + credentials.password();
            reply = command("AUTH PLAIN " + base64(token), "AUTH PLAIN ***");
        } else if (mechanisms.contains("LOGIN")) {
            reply = command("AUTH LOGIN");
            if (reply.code() == 334) {
                reply = command(base64(credentials.username()));
            }
            if (reply.code() == 334) {
                reply = command(base64(credentials.password()), "***");
            }
        } else {
            throw new SmtpSessionException("relay.username is set but the relay offers neither AUTH PLAIN nor LOGIN"
                    + (socket instanceof SSLSocket ? "" : " (many relays offer AUTH only after STARTTLS)"));
        }
        if (reply.code() != 235) {
            throw new SmtpSessionException("the relay refused the credentials of " + credentials.username() + ": "
                    + reply);
        }
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The extensions the relay announced in its last EHLO, keyword to parameters (upper-case keywords). */
    public Map<String, String> extensions() {
        return extensions;
    }

    /** Whether the session runs over TLS (implicit or after STARTTLS). */
    public boolean isEncrypted() {
        return socket instanceof SSLSocket;
    }

    /**
     * One mail transaction: MAIL FROM {@code from}, RCPT TO each recipient, DATA with {@code data}. The
     * result holds, for each recipient in order, the reply that decides its fate: its RCPT reply when
     * that refused it (or the MAIL reply when that failed), else the reply to the end of data.
     *
     * @param from the reverse path, empty for the null sender
     * @param size the message length, announced when the relay supports SIZE
     * @throws IOException when the connection breaks; what happened to the message is then unknown
     */
    public Map<String, SmtpReply> send(String from, List<String> recipients, long size, InputStream data)
            throws IOException {
        Map<String, SmtpReply> result = new LinkedHashMap<>();
        boolean utf8 = !isAscii(from) || recipients.stream().anyMatch(r -> !isAscii(r));
        boolean smtpUtf8 = utf8 && extensions.containsKey("SMTPUTF8");
        if (!isAscii(from) && !smtpUtf8) {
            recipients.forEach(r -> result.put(r, SmtpReply.of(553,
                    "5.6.7 the sender address is not ASCII and the relay does not support SMTPUTF8")));
            return result;
        }
        StringBuilder mail = new StringBuilder("MAIL FROM:<").append(from).append('>');
        if (extensions.containsKey("8BITMIME")) {
            mail.append(" BODY=8BITMIME"); // RFC 6152 allows it for 7-bit content too
        }
        if (extensions.containsKey("SIZE")) {
            mail.append(" SIZE=").append(size);
        }
        if (smtpUtf8) {
            mail.append(" SMTPUTF8");
        }
        SmtpReply mailReply = command(mail.toString());
        if (!mailReply.isPositive()) {
            recipients.forEach(r -> result.put(r, mailReply));
            reset(mailReply);
            return result;
        }
        List<String> accepted = new ArrayList<>();
        for (String recipient : recipients) {
            if (!isAscii(recipient) && !smtpUtf8) {
                result.put(recipient, SmtpReply.of(553,
                        "5.6.7 the address is not ASCII and the relay does not support SMTPUTF8"));
                continue;
            }
            SmtpReply rcpt = command("RCPT TO:<" + recipient + ">");
            result.put(recipient, rcpt);
            if (rcpt.isPositive()) {
                accepted.add(recipient);
            } else if (rcpt.code() == 421) {
                closedByServer = true;
                throw new IOException("the relay closed the session: " + rcpt);
            }
        }
        if (accepted.isEmpty()) {
            reset(null);
            return result;
        }
        SmtpReply go = command("DATA");
        if (go.code() != 354) {
            accepted.forEach(r -> result.put(r, go));
            reset(go);
            return result;
        }
        DotStuffingOutputStream body = new DotStuffingOutputStream(out);
        data.transferTo(body);
        body.finish();
        SmtpReply done = readReply();
        accepted.forEach(r -> result.put(r, done));
        if (done.code() == 421) {
            closedByServer = true;
        }
        return result;
    }

    /** After a refused transaction, RSET so the next one starts clean (not when the relay is going away). */
    private void reset(SmtpReply cause) throws IOException {
        if (cause != null && cause.code() == 421) {
            closedByServer = true;
            return;
        }
        command("RSET");
    }

    /** Whether the session can take another transaction. */
    public boolean isUsable() {
        return socket != null && !socket.isClosed() && !closedByServer;
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c < 0x80);
    }

    private SmtpReply command(String line) throws IOException {
        return command(line, line);
    }

    /** Sends one command line and reads its reply; {@code shown} is what an exception may quote. */
    private SmtpReply command(String line, String shown) throws IOException {
        if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("line break inside an SMTP command: " + shown);
        }
        beforeCommand.run();
        out.write(line.getBytes(StandardCharsets.UTF_8));
        out.write('\r');
        out.write('\n');
        out.flush();
        return readReply();
    }

    private SmtpReply readReply() throws IOException {
        List<String> lines = new ArrayList<>();
        int code = -1;
        while (true) {
            String line = readLine();
            if (line.length() < 3 || !isCode(line) || (line.length() > 3 && line.charAt(3) != ' '
                    && line.charAt(3) != '-')) {
                throw new IOException("not an SMTP reply from the relay: " + quote(line));
            }
            int lineCode = Integer.parseInt(line.substring(0, 3));
            if (code >= 0 && lineCode != code) {
                throw new IOException("the relay mixed reply codes " + code + " and " + lineCode);
            }
            code = lineCode;
            lines.add(line.length() > 4 ? line.substring(4) : "");
            if (line.length() == 3 || line.charAt(3) == ' ') {
                return new SmtpReply(code, lines);
            }
            if (lines.size() >= MAX_REPLY_LINES) {
                throw new IOException("the relay sent a reply of more than " + MAX_REPLY_LINES + " lines");
            }
        }
    }

    private static boolean isCode(String line) {
        return line.charAt(0) >= '2' && line.charAt(0) <= '5' && Character.isDigit(line.charAt(1))
                && Character.isDigit(line.charAt(2));
    }

    private static String quote(String line) {
        return line.length() > 80 ? line.substring(0, 80) + "..." : line;
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        while (true) {
            int b = in.read();
            if (b < 0) {
                closedByServer = true;
                throw new EOFException("the relay closed the connection");
            }
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.UTF_8);
            }
            if (line.size() >= MAX_LINE) {
                throw new IOException("the relay sent a reply line longer than " + MAX_LINE + " bytes");
            }
            line.write(b);
        }
    }

    /** Ends the session politely when it is still usable; then closes the socket. */
    public void quit() {
        try {
            if (isUsable()) {
                command("QUIT");
            }
        } catch (IOException e) {
            // the relay went away first: nothing is lost, everything was committed or will be retried
        } finally {
            close();
        }
    }

    /** Closes the socket at once; a transaction in progress fails with an IOException in its thread. */
    @Override
    public void close() {
        Socket s = socket;
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
