package org.pushbox.server.http;

import ezvcard.VCardVersion;
import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.pushbox.server.pim.vcard.ContactVCardMapper;
import org.pushbox.server.pim.ImportReport;
import org.pushbox.server.pim.PimExporter;
import org.pushbox.server.pim.PimImporter;
import org.pushbox.server.pim.PimKind;
import org.pushbox.server.transport.LogSafe;
import org.pushbox.server.transport.WorkerPool;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /admin/users/{login}/{contacts|calendar|tasks|notes}}: PUT (or POST) a vCard or iCalendar body to
 * import it, GET to export (docs/import-export.md#http). Only with {@code admin.token} set, and only for a
 * request bearing that token (compared in constant time); otherwise the path does not exist (404). The
 * body is bounded by {@code http.max-body-size}; the work runs on the worker pool, and an export is
 * written to a temporary file first and streamed from it, never held in memory.
 */
final class AdminEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(AdminEndpoint.class);
    static final String PREFIX = "/admin/users/";
    private static final String JSON = "application/json; charset=utf-8";

    private final MailboxStore store;
    private final WorkerPool workers;
    private final byte[] tokenDigest;
    private final int pictureMaxBytes;

    AdminEndpoint(MailboxStore store, WorkerPool workers, String token) {
        this(store, workers, token, ContactVCardMapper.DEFAULT_PICTURE_MAX_BYTES);
    }

    AdminEndpoint(MailboxStore store, WorkerPool workers, String token, int pictureMaxBytes) {
        this.pictureMaxBytes = pictureMaxBytes;
        this.store = store;
        this.workers = workers;
        this.tokenDigest = token == null || token.isEmpty() ? null : sha256(token);
    }

    static boolean matches(String path) {
        return path.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    CompletionStage<Reply> handle(HttpExchange exchange) {
        if (tokenDigest == null) {
            return done(Reply.of(404));
        }
        if (!authorised(exchange)) {
            LOG.info("401 admin {} {} from {}", exchange.method(), LogSafe.text(exchange.path()), exchange.remote());
            return done(error(401, "missing or wrong bearer token").header("WWW-Authenticate", "Bearer"));
        }
        String[] parts = exchange.path().substring(PREFIX.length()).split("/", -1);
        if (parts.length != 2 || parts[0].isEmpty()) {
            return done(error(404, "use /admin/users/{login}/{contacts|calendar|tasks|notes}"));
        }
        String login = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
        PimKind kind;
        try {
            kind = PimKind.ofWord(parts[1]);
        } catch (IllegalArgumentException e) {
            return done(error(404, e.getMessage()));
        }
        Map<String, String> query = query(exchange.uri());
        return switch (exchange.method()) {
            case "PUT", "POST" -> workers.submit(() -> importBody(exchange, login, kind, query));
            case "GET" -> workers.submit(() -> export(login, kind, query));
            default -> done(Reply.of(405).header("Allow", "GET, PUT, POST"));
        };
    }

    private Reply importBody(HttpExchange exchange, String login, PimKind kind, Map<String, String> query) {
        ZoneId zone;
        try {
            zone = query.containsKey("zone") ? ZoneId.of(query.get("zone")) : ZoneOffset.UTC;
        } catch (DateTimeException e) {
            return error(400, "zone: " + e.getMessage());
        }
        Optional<Account> account = store.accounts().findByLogin(login);
        if (account.isEmpty()) {
            return error(404, "no account with login '" + login + "'");
        }
        ImportReport report;
        try (InputStream in = new ByteArrayInputStream(exchange.body())) {
            report = new PimImporter(store, pictureMaxBytes).run(account.get(), kind, query.get("folder"), in, zone,
                    PimImporter.Progress.NONE);
        } catch (StoreException e) {
            return error(404, e.getMessage());
        } catch (IOException e) {
            return error(400, e.getMessage());
        }
        LOG.info("admin import of {} bytes of {} for {}: {}", exchange.body().length, kind.word(), LogSafe.text(login),
                report.summary());
        return Reply.of(report.exitCode() == 1 ? 422 : 200, JSON, json(report).getBytes(StandardCharsets.UTF_8));
    }

    private Reply export(String login, PimKind kind, Map<String, String> query) throws IOException {
        String v = query.getOrDefault("version", "3.0");
        if (!v.equals("3.0") && !v.equals("4.0")) {
            return error(400, "version is 3.0 or 4.0");
        }
        Optional<Account> account = store.accounts().findByLogin(login);
        if (account.isEmpty()) {
            return error(404, "no account with login '" + login + "'");
        }
        Path file = Files.createTempFile("pushbox-export-", kind.isVCard() ? ".vcf" : ".ics");
        try {
            try (Writer w = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
                new PimExporter(store).run(account.get(), kind, query.get("folder"),
                        v.equals("4.0") ? VCardVersion.V4_0 : VCardVersion.V3_0, w);
            }
        } catch (StoreException e) {
            Files.deleteIfExists(file);
            return error(404, e.getMessage());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        long length = Files.size(file);
        return Reply.streamed(200, kind.mediaType(), length, () -> new FileInputStream(file.toFile()) {
            @Override
            public void close() throws IOException {
                super.close();
                Files.deleteIfExists(file); // the temporary copy lives only as long as the response
            }
        });
    }

    private boolean authorised(HttpExchange exchange) {
        String header = exchange.headers().first("Authorization").orElse("");
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        // Digests of equal length, compared without an early exit: the time says nothing about the token.
        return MessageDigest.isEqual(tokenDigest, sha256(header.substring(7).trim()));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static Map<String, String> query(String uri) {
        Map<String, String> out = new HashMap<>();
        int q = uri.indexOf('?');
        if (q < 0) {
            return out;
        }
        for (String pair : uri.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                try {
                    out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    // a malformed escape: the parameter is ignored
                }
            }
        }
        return out;
    }

    static String json(ImportReport report) {
        StringBuilder b = new StringBuilder("{\"imported\":").append(report.importedCount())
                .append(",\"added\":").append(report.addedCount())
                .append(",\"updated\":").append(report.updatedCount())
                .append(",\"failed\":").append(report.failedCount())
                .append(",\"skipped\":").append(report.skippedCount())
                .append(",\"failures\":[");
        String sep = "";
        for (ImportReport.Failure f : report.failures()) {
            b.append(sep).append("{\"line\":").append(f.line()).append(",\"message\":").append(string(f.message()))
                    .append('}');
            sep = ",";
        }
        b.append("],\"warnings\":[");
        sep = "";
        for (ImportReport.Warning w : report.warnings()) {
            b.append(sep).append("{\"line\":").append(w.line()).append(",\"message\":").append(string(w.message()))
                    .append('}');
            sep = ",";
        }
        return b.append("]}").toString();
    }

    private static Reply error(int status, String message) {
        return Reply.of(status, JSON, ("{\"error\":" + string(message) + "}").getBytes(StandardCharsets.UTF_8));
    }

    static String string(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : (s == null ? "" : s).toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static CompletionStage<Reply> done(Reply reply) {
        return CompletableFuture.completedFuture(reply);
    }
}
