package org.pushbox.server.http;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.pushbox.server.http.AutodiscoverRequestParser.InvalidRequestException;
import org.pushbox.server.security.Authenticator;
import org.pushbox.server.transport.LogSafe;
import org.pushbox.server.transport.WorkerPool;
import org.pushbox.storage.api.Account;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /autodiscover/autodiscover.xml}: after Basic authentication, tells the client the EAS URL and
 * the account's primary address. The settings are always those of the authenticated account, whatever
 * address the request names: a client may only discover its own mailbox.
 */
final class AutodiscoverEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(AutodiscoverEndpoint.class);

    static final String PATH = "/autodiscover/autodiscover.xml";

    private final Authenticator authenticator;
    private final WorkerPool workers;
    private final String easUrl;

    AutodiscoverEndpoint(Authenticator authenticator, WorkerPool workers, String easUrl) {
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.workers = Objects.requireNonNull(workers, "workers");
        this.easUrl = Objects.requireNonNull(easUrl, "easUrl");
    }

    static boolean matches(String path) {
        return path.equalsIgnoreCase(PATH);
    }

    CompletionStage<Reply> handle(HttpExchange exchange) {
        if (!exchange.method().equals("POST")) {
            return CompletableFuture.completedFuture(Reply.of(405).header("Allow", "POST"));
        }
        Optional<BasicCredentials> credentials = BasicCredentials.parse(
                exchange.headers().first("Authorization").orElse(null));
        if (credentials.isEmpty()) {
            return CompletableFuture.completedFuture(EasReplies.unauthorized());
        }
        return workers.submit(() -> answer(exchange, credentials.get()));
    }

    private Reply answer(HttpExchange exchange, BasicCredentials credentials) {
        Optional<Account> account = authenticator.authenticate(credentials.user(), credentials.password());
        if (account.isEmpty()) {
            LOG.info("401 Autodiscover with wrong credentials for user '{}'", LogSafe.text(credentials.user()));
            return EasReplies.unauthorized();
        }
        AutodiscoverRequest request;
        try {
            request = AutodiscoverRequestParser.parse(exchange.body());
        } catch (InvalidRequestException e) {
            LOG.info("Autodiscover error 600 for {}: {}", account.get().login(), LogSafe.text(e.getMessage()));
            return xml(AutodiscoverResponses.error(AutodiscoverResponses.INVALID_REQUEST, "Invalid Request"));
        }
        AutodiscoverResponses.User user = user(account.get());
        return switch (request.acceptableResponseSchema()) {
            case AutodiscoverResponses.MOBILESYNC_NS -> xml(AutodiscoverResponses.mobileSync(user, easUrl));
            case AutodiscoverResponses.OUTLOOK_NS -> xml(AutodiscoverResponses.outlook(user, easUrl));
            default -> {
                LOG.info("Autodiscover error 601 for {}: schema {}", account.get().login(),
                        LogSafe.text(request.acceptableResponseSchema()));
                yield xml(AutodiscoverResponses.error(AutodiscoverResponses.SCHEMA_NOT_SUPPORTED,
                        "The requested response schema is not supported"));
            }
        };
    }

    private static AutodiscoverResponses.User user(Account account) {
        String address = account.primaryAddress() != null ? account.primaryAddress() : account.login();
        String name = account.displayName() != null && !account.displayName().isBlank() ? account.displayName()
                : account.login();
        return new AutodiscoverResponses.User(name, address);
    }

    private static Reply xml(byte[] document) {
        return Reply.of(200, AutodiscoverResponses.CONTENT_TYPE, document);
    }
}
