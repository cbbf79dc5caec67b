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
import org.pushbox.server.mail.lmtp.LmtpServer;
import org.pushbox.server.security.StoreAuthenticator;
import org.pushbox.server.security.TlsContexts;
import org.pushbox.server.transport.PushboxServer;
import org.pushbox.server.transport.WorkerPool;
import org.pushbox.storage.api.MailboxStore;

/**
 * The running server, wired from a configuration and an open store: worker pool, authenticator, HTTP
 * endpoints with the registered command processors, the listening socket, and the LMTP listener when
 * {@code lmtp.enabled}. Closing it stops the listeners first, then the workers; the store stays open (its
 * owner closes it).
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

    private PushboxRuntime(PushboxServer server, WorkerPool workers, CommandRegistry registry, LmtpServer lmtp) {
        this.server = server;
        this.workers = workers;
        this.registry = registry;
        this.lmtp = lmtp;
    }

    public static PushboxRuntime start(PushboxConfig config, MailboxStore store, CommandSetup setup)
            throws IOException, InterruptedException {
        Objects.requireNonNull(store, "store");
        Optional<SslContext> ssl = config.tls().isPresent() ? Optional.of(TlsContexts.server(config.tls().get()))
                : Optional.empty();
        WorkerPool workers = new WorkerPool(config.executorThreads(), config.executorQueue());
        try {
            CommandRegistry registry = new CommandRegistry();
            setup.register(registry, store, workers, config);
            StoreAuthenticator authenticator = new StoreAuthenticator(store, config.authCache(),
                    config.concurrentHashes(), Clock.systemUTC());
            HttpService http = new HttpService(authenticator, registry, store.devices(), workers, config.easUrl(),
                    config.maxBodyBytes(), store, config.adminToken());
            PushboxServer server = PushboxServer.start(new PushboxServer.Settings(config.bindAddress(), config.port(),
                    ssl, config.idleTimeout(), config.maxHeaderBytes(), config.maxBodyBytes(), true), http::newHandler);
            // Mail in (docs/mail-in.md): deliveries commit to the store, whose listeners wake held Pings.
            LmtpServer lmtp = null;
            if (config.lmtp().enabled()) {
                try {
                    lmtp = LmtpServer.start(LmtpServer.Settings.of(config.lmtp().bindAddress(), config.lmtp().port(),
                            config.publicUrl().getHost(), config.lmtp().maxMessageBytes(),
                            config.dataDir().resolve("spool")), store, workers);
                } catch (IOException | InterruptedException | RuntimeException e) {
                    server.close();
                    throw e;
                }
            }
            return new PushboxRuntime(server, workers, registry, lmtp);
        } catch (IOException | InterruptedException | RuntimeException e) {
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

    /** {@code scheme://host:port} of the bound socket. */
    public String boundUrl() {
        return server.boundUrl();
    }

    @Override
    public void close() {
        if (lmtp != null) {
            lmtp.close();
        }
        server.close();
        workers.shutdown(WORKER_DRAIN);
    }
}
