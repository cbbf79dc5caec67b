package org.pushbox.server.admin;

import io.netty.handler.ssl.SslContext;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.pushbox.server.config.PushboxConfig;
import org.pushbox.server.http.CommandRegistry;
import org.pushbox.server.http.HttpService;
import org.pushbox.server.mail.MailDelivery;
import org.pushbox.server.mail.lmtp.LmtpServer;
import org.pushbox.server.security.StoreAuthenticator;
import org.pushbox.server.security.TlsContexts;
import org.pushbox.server.transport.PushboxServer;
import org.pushbox.server.transport.WorkerPool;
import org.pushbox.storage.api.MailboxStore;

/**
 * The running server, wired from a configuration and an open store: worker pool, authenticator, HTTP
 * endpoints with the registered command processors, the listening socket, and the LMTP and SMTP listeners
 * when {@code lmtp.enabled} / {@code smtp.enabled}. Closing it stops the listeners first, then what the
 * processors registered to stop with the server, then the workers; the store stays open (its owner closes it).
 */
public final class PushboxRuntime implements AutoCloseable {

    /** Registers the command processors; called once, before the socket is bound. */
    @FunctionalInterface
    public interface CommandSetup {
        void register(CommandRegistry registry, MailboxStore store, WorkerPool workers, PushboxConfig config);
    }

    /** Registers nothing: OPTIONS then advertises no command and every POST is answered 501. */
    public static final CommandSetup NO_COMMANDS = (registry, store, workers, config) -> { };

    static final Duration WORKER_DRAIN = Duration.ofSeconds(10);

    private final PushboxServer server;
    private final WorkerPool workers;
    private final CommandRegistry registry;
    private final LmtpServer lmtp;
    private final LmtpServer smtp;

    private PushboxRuntime(PushboxServer server, WorkerPool workers, CommandRegistry registry, LmtpServer lmtp,
            LmtpServer smtp) {
        this.server = server;
        this.workers = workers;
        this.registry = registry;
        this.lmtp = lmtp;
        this.smtp = smtp;
    }

    public static PushboxRuntime start(PushboxConfig config, MailboxStore store, CommandSetup setup)
            throws IOException, InterruptedException {
        Objects.requireNonNull(store, "store");
        Optional<SslContext> ssl = config.tls().isPresent() ? Optional.of(TlsContexts.server(config.tls().get()))
                : Optional.empty();
        WorkerPool workers = new WorkerPool(config.executorThreads(), config.executorQueue());
        CommandRegistry registry = new CommandRegistry();
        try {
            setup.register(registry, store, workers, config);
            StoreAuthenticator authenticator = new StoreAuthenticator(store, config.authCache(),
                    config.concurrentHashes(), Clock.systemUTC());
            HttpService http = new HttpService(authenticator, registry, store.devices(), workers, config.easUrl(),
                    config.maxBodyBytes(), store, config.adminToken(), config.contactPictureMaxBytes());
            PushboxServer server = PushboxServer.start(new PushboxServer.Settings(config.bindAddress(), config.port(),
                    ssl, config.idleTimeout(), config.maxHeaderBytes(), config.maxBodyBytes(), true), http::newHandler);
            // Mail in (docs/mail-in.md): deliveries commit to the store, whose listeners wake held Pings.
            LmtpServer lmtp = null;
            LmtpServer smtp = null;
            // One delivery for both listeners: its retry recognition knows every message of the process.
            MailDelivery delivery = new MailDelivery(store, Clock.systemUTC());
            try {
                if (config.lmtp().enabled()) {
                    lmtp = LmtpServer.start(LmtpServer.Settings.of(config.lmtp().bindAddress(), config.lmtp().port(),
                            config.publicUrl().getHost(), config.lmtp().maxMessageBytes(),
                            config.dataDir().resolve("spool")), store, workers, delivery);
                }
                if (config.smtp().enabled()) {
                    // Own spool directory: its start-up clean must not touch files LMTP is receiving into.
                    smtp = LmtpServer.start(LmtpServer.Settings.smtp(config.smtp().bindAddress(), config.smtp().port(),
                            config.publicUrl().getHost(), config.smtp().maxMessageBytes(),
                            config.dataDir().resolve("spool").resolve("smtp"), config.smtp().maxConnections()),
                            store, workers, delivery);
                }
            } catch (IOException | InterruptedException | RuntimeException e) {
                if (lmtp != null) {
                    lmtp.close();
                }
                server.close();
                throw e;
            }
            return new PushboxRuntime(server, workers, registry, lmtp, smtp);
        } catch (IOException | InterruptedException | RuntimeException e) {
            registry.closeResources();
            workers.shutdown(Duration.ZERO);
            throw e;
        }
    }

    public PushboxServer server() {
        return server;
    }

    public CommandRegistry registry() {
        return registry;
    }

    /** The LMTP listener, when {@code lmtp.enabled}. */
    public Optional<LmtpServer> lmtp() {
        return Optional.ofNullable(lmtp);
    }

    /** The SMTP listener for direct delivery, when {@code smtp.enabled}. */
    public Optional<LmtpServer> smtp() {
        return Optional.ofNullable(smtp);
    }

    /** {@code scheme://host:port} of the bound socket. */
    public String boundUrl() {
        return server.boundUrl();
    }

    @Override
    public void close() {
        if (smtp != null) {
            smtp.close();
        }
        if (lmtp != null) {
            lmtp.close();
        }
        server.close();
        registry.closeResources(); // e.g. the outbox's relay thread, before the store its owner closes
        workers.shutdown(WORKER_DRAIN);
    }
}
