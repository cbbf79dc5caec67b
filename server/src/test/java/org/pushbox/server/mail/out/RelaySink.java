package org.pushbox.server.mail.out;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.pushbox.server.security.SelfSignedCertificate;
import org.subethamail.smtp.AuthenticationHandlerFactory;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.auth.LoginFailedException;
import org.subethamail.smtp.auth.UsernamePasswordValidator;
import org.subethamail.smtp.server.SMTPServer;

/**
 * The relay of the outbox tests: a real SMTP server (SubEthaSMTP, an independent implementation) on
 * loopback that records every transaction it accepts, envelope and bytes as they arrived.
 */
final class RelaySink implements AutoCloseable {

    /** One accepted message: the session's HELO name and AUTH identity, the envelope, the DATA bytes. */
    record Received(String helo, String authenticatedAs, String from, List<String> recipients, byte[] data) {
    }

    /** How the sink behaves. */
    static final class Options {
        int port;
        final Map<String, RejectException> rejectRecipients = new ConcurrentHashMap<>();
        AuthenticationHandlerFactory auth;
        SSLContext startTls;
        SSLContext implicitTls;

        Options port(int value) {
            this.port = value;
            return this;
        }

        Options reject(String recipient, int code, String text) {
            rejectRecipients.put(recipient, new RejectException(code, text));
            return this;
        }

        Options auth(AuthenticationHandlerFactory factory) {
            this.auth = factory;
            return this;
        }

        Options startTls(SSLContext context) {
            this.startTls = context;
            return this;
        }

        Options implicitTls(SSLContext context) {
            this.implicitTls = context;
            return this;
        }
    }

    private final SMTPServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Options options;

    private RelaySink(Options options) {
        this.options = options;
        SMTPServer.Builder builder = SMTPServer.port(options.port)
                .bindAddress(java.net.InetAddress.getLoopbackAddress())
                .hostName("relay.test")
                .insertReceivedHeaders(false) // what pushbox sent, not what a relay would add
                .messageHandlerFactory(this::handler);
        if (options.auth != null) {
            builder.authenticationHandlerFactory(options.auth).requireAuth(true);
        }
        if (options.startTls != null) {
            builder.enableTLS(true).requireTLS(true).startTlsSocketFactory(options.startTls);
        }
        if (options.implicitTls != null) {
            builder.serverSocketFactory(options.implicitTls);
        }
        server = builder.build();
    }

    static RelaySink start(Options options) {
        RelaySink sink = new RelaySink(options);
        sink.server.start();
        return sink;
    }

    static RelaySink start() {
        return start(new Options());
    }

    int port() {
        return server.getPortAllocated();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private MessageHandler handler(MessageContext context) {
        return new MessageHandler() {
            private String from;
            private final List<String> recipients = new ArrayList<>();

            @Override
            public void from(String address) {
                from = address;
            }

            @Override
            public void recipient(String address) throws RejectException {
                RejectException reject = options.rejectRecipients.get(address);
                if (reject != null) {
                    throw reject;
                }
                recipients.add(address);
            }

            @Override
            public String data(InputStream data) throws IOException {
                byte[] bytes = data.readAllBytes();
                String identity = context.getAuthenticationHandler().map(h -> String.valueOf(h.getIdentity()))
                        .orElse(null);
                received.add(new Received(context.getHelo().orElse(null), identity, from, List.copyOf(recipients),
                        bytes));
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

    /** A port nothing listens on right now (for "relay down", later taken by a sink). */
    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** A validator accepting exactly one user name and password. */
    static UsernamePasswordValidator only(String user, String password) {
        return (u, p, context) -> {
            if (!user.equals(u) || !password.equals(p)) {
                throw new LoginFailedException();
            }
        };
    }

    /** A server TLS context for {@code certificate}. */
    static SSLContext serverTls(SelfSignedCertificate certificate) throws GeneralSecurityException, IOException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        char[] password = "sink".toCharArray();
        keys.setKeyEntry("relay", certificate.keyPair().getPrivate(), password,
                new Certificate[] {certificate.certificate()});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, password);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        return context;
    }
}
