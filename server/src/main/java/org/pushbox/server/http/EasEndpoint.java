package org.pushbox.server.http;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.pushbox.protocol.command.CommonStatus;
import org.pushbox.protocol.request.EasRequest;
import org.pushbox.protocol.request.RequestLineException;
import org.pushbox.protocol.request.RequestLineParser;
import org.pushbox.protocol.wbxml.WbxmlException;
import org.pushbox.server.security.Authenticator;
import org.pushbox.server.transport.LogSafe;
import org.pushbox.server.transport.WorkerPool;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.Device;
import org.pushbox.storage.api.DeviceInfo;
import org.pushbox.storage.api.DeviceStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /Microsoft-Server-ActiveSync}: OPTIONS and POST after Basic authentication, GET as a notice page,
 * everything else refused. The order is fixed: method, credentials present (no worker needed for a bare
 * 401), then on a worker: password, request line, device record, body, processor.
 */
final class EasEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(EasEndpoint.class);

    private final Authenticator authenticator;
    private final CommandRegistry registry;
    private final DeviceStore devices;
    private final WorkerPool workers;
    private final BodyDecoder bodyDecoder;
    private final RequestLineParser parser = new RequestLineParser();

    EasEndpoint(Authenticator authenticator, CommandRegistry registry, DeviceStore devices, WorkerPool workers,
            BodyDecoder bodyDecoder) {
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.devices = Objects.requireNonNull(devices, "devices");
        this.workers = Objects.requireNonNull(workers, "workers");
        this.bodyDecoder = Objects.requireNonNull(bodyDecoder, "bodyDecoder");
    }

    /** @throws java.util.concurrent.RejectedExecutionException when the worker pool is full */
    CompletionStage<Reply> handle(HttpExchange exchange) {
        String method = exchange.method();
        if (method.equals("GET")) {
            return CompletableFuture.completedFuture(EasReplies.notice());
        }
        if (!method.equals("POST") && !method.equals("OPTIONS")) {
            Reply reply = refuseMethod(exchange);
            LOG.info("{} method {} refused, device {}", reply.status(), LogSafe.text(method),
                    LogSafe.deviceIdHint(exchange.uri()));
            return CompletableFuture.completedFuture(reply);
        }
        Optional<BasicCredentials> credentials = BasicCredentials.parse(
                exchange.headers().first("Authorization").orElse(null));
        if (credentials.isEmpty()) {
            LOG.debug("401 {} without Basic credentials, device {}", method, LogSafe.deviceIdHint(exchange.uri()));
            return CompletableFuture.completedFuture(EasReplies.unauthorized());
        }
        return workers.submit(() -> authenticated(exchange, credentials.get())).thenCompose(Function.identity());
    }

    private Reply refuseMethod(HttpExchange exchange) {
        try {
            parser.parse(exchange.method(), exchange.uri(), exchange.headers());
        } catch (RequestLineException e) {
            return Refusals.requestLine(e);
        }
        return EasReplies.methodNotAllowed(405);
    }

    private CompletionStage<Reply> authenticated(HttpExchange exchange, BasicCredentials credentials) {
        Optional<Account> account = authenticator.authenticate(credentials.user(), credentials.password());
        if (account.isEmpty()) {
            LOG.info("401 wrong credentials for user '{}', device {}", LogSafe.text(credentials.user()),
                    LogSafe.deviceIdHint(exchange.uri()));
            return done(EasReplies.unauthorized());
        }
        EasRequest request;
        try {
            request = parser.parse(exchange.method(), exchange.uri(), exchange.headers());
        } catch (RequestLineException e) {
            Reply reply = Refusals.requestLine(e);
            LOG.info("{} refused request line ({}: {}) from {}, device {}", reply.status(), e.reason(),
                    LogSafe.text(e.getMessage()), account.get().login(), LogSafe.deviceIdHint(exchange.uri()));
            return done(reply);
        }
        if (request.isOptions()) {
            return done(EasReplies.options(registry));
        }
        DeviceInfo info = DeviceInfo.of(request.deviceType(), request.userAgent().orElse(null));
        // Most requests come from a device seen moments ago: a plain read then suffices, no transaction.
        Device device = devices.find(account.get().id(), request.deviceId())
                .filter(d -> d.isCurrent(info, Instant.now()))
                .orElseGet(() -> devices.register(account.get().id(), request.deviceId(), info));
        Optional<CommandProcessor> processor = registry.processor(request.command());
        if (processor.isEmpty()) {
            LOG.info("501 {} has no processor, device {}", request.command(), request.deviceId());
            return done(Reply.of(501));
        }
        // Provisioning gate (docs/provisioning.md): runs before the body is decoded, so a device that must
        // provision first costs no decoding.
        Optional<CommonStatus> refusal = registry.gate().check(request, account.get(), device);
        if (refusal.isPresent()) {
            LOG.info("{} refused with status {} (policy key {}), device {}", request.command(), refusal.get().code(),
                    request.policyKey().isPresent() ? Long.toString(request.policyKey().getAsLong()) : "none",
                    request.deviceId());
            return done(Refusals.gate(refusal.get(), request));
        }
        RequestBody body;
        try {
            body = bodyDecoder.decode(request.command(), exchange.headers(), exchange.body());
        } catch (WbxmlException e) {
            Reply reply = Refusals.body(e, request);
            LOG.info("{} undecodable {} body ({} bytes, {}: {}), device {}", reply.status(), request.command(),
                    exchange.body().length, e.kind(), LogSafe.text(e.getMessage()), request.deviceId());
            return done(reply);
        }
        CommandContext context = new CommandContext(request, account.get(), device, body, exchange.headers(),
                exchange.connectionClosed());
        return run(processor.get(), context);
    }

    private static CompletionStage<Reply> run(CommandProcessor processor, CommandContext context) {
        CompletionStage<CommandResponse> response;
        try {
            response = Objects.requireNonNull(processor.process(context), "processor returned no stage");
        } catch (Exception e) {
            response = CompletableFuture.failedFuture(e);
        }
        return response.thenApply(r -> EasReplies.of(Objects.requireNonNull(r, "processor completed with null")))
                .exceptionallyCompose(failure -> CompletableFuture.failedFuture(
                        new CommandFailedException(context, failure)));
    }

    private static CompletionStage<Reply> done(Reply reply) {
        return CompletableFuture.completedFuture(reply);
    }
}
