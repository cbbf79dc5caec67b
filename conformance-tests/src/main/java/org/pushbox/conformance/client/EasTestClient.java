package org.pushbox.conformance.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;
import org.pushbox.protocol.request.Base64RequestLine;
import org.pushbox.protocol.request.EasCommand;
import org.pushbox.protocol.request.EasRequest;
import org.pushbox.protocol.request.QueryForm;
import org.pushbox.protocol.request.RequestParameter;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * A black-box EAS device speaking HTTP to a server: it writes the request line in its device's query form,
 * sends the credentials and the policy key it was given, and hands every answer to a {@link ResponseObserver}
 * before returning it. It knows nothing about the server but its endpoint URL.
 *
 * <p>The policy key is remembered per client (one client = one device) and travels as {@code X-MS-PolicyKey}
 * in the plain form and inside the blob in the base64 form, where the headers are not sent (eas-protocol.md
 * §1.2). Thread-safe for concurrent requests (a held Ping and other commands), as a device is.
 */
public final class EasTestClient {

    private final HttpClient http;
    private final URI endpoint;
    private final Credentials credentials;
    private final DeviceIdentity device;
    private final ResponseObserver observer;
    private volatile OptionalLong policyKey = OptionalLong.empty();
    private volatile boolean acceptGzip = true;

    /**
     * @param endpoint the EAS endpoint, e.g. {@code http://127.0.0.1:8443/Microsoft-Server-ActiveSync}
     */
    public EasTestClient(HttpClient http, URI endpoint, Credentials credentials, DeviceIdentity device,
            ResponseObserver observer) {
        this.http = Objects.requireNonNull(http, "http");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.device = Objects.requireNonNull(device, "device");
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    public DeviceIdentity device() {
        return device;
    }

    public OptionalLong policyKey() {
        return policyKey;
    }

    /** The key sent with every later request (0 is sent as 0: "not provisioned", as devices do). */
    public void policyKey(long key) {
        this.policyKey = OptionalLong.of(key);
    }

    public void forgetPolicyKey() {
        this.policyKey = OptionalLong.empty();
    }

    /** Whether requests say {@code Accept-Encoding: gzip} unless the call says otherwise (default: yes, as iOS). */
    public void acceptGzip(boolean accept) {
        this.acceptGzip = accept;
    }

    public EasResponse options() {
        return send(EasCall.options());
    }

    public EasResponse post(EasCommand command, WbxmlElement body) {
        return send(EasCall.post(command.commandName()).wbxml(body));
    }

    /** Posts a body written in the XML form ({@code WbxmlXml.fromXml}), sent as WBXML. */
    public EasResponse post(EasCommand command, String xml) {
        return send(EasCall.post(command.commandName()).xml(xml));
    }

    public EasResponse send(EasCall call) {
        try {
            return sendAsync(call).join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new UncheckedIOException(new IOException(call + " failed: " + e.getCause(), e.getCause()));
        }
    }

    /** Sends without waiting, e.g. a Ping that the server holds while the test does something else. */
    public CompletableFuture<EasResponse> sendAsync(EasCall call) {
        boolean gzip = call.acceptGzip() != null ? call.acceptGzip() : acceptGzip;
        HttpRequest request = request(call, gzip);
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(r -> {
            EasResponse response = new EasResponse(r.statusCode(), r.headers(), r.body(), content(r, gzip));
            observer.observe(call, response);
            return response;
        });
    }

    private HttpRequest request(EasCall call, boolean gzip) {
        HttpRequest.Builder b = HttpRequest.newBuilder(call.isOptions() ? endpoint : URI.create(endpoint + "?" + query(call)))
                .timeout(call.timeout());
        if (!call.isAnonymous()) {
            b.header("Authorization", credentials.basicHeader());
        }
        if (device.userAgent() != null) {
            b.header("User-Agent", device.userAgent());
        }
        if (gzip) {
            b.header("Accept-Encoding", "gzip");
        }
        if (!call.isOptions() && device.queryForm() == QueryForm.PLAIN) {
            b.header("MS-ASProtocolVersion", device.version().headerValue());
            policyKey.ifPresent(k -> b.header("X-MS-PolicyKey", Long.toString(k)));
        }
        byte[] body = call.body();
        if (body != null && call.contentType() != null) {
            b.header("Content-Type", call.contentType());
        }
        call.headers().forEach(b::setHeader); // replaces a default, e.g. a wrong MS-ASProtocolVersion
        return b.method(call.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    /** The query after '?': {@code Cmd=…&User=…&DeviceId=…&DeviceType=…} or the base64 blob. */
    String query(EasCall call) {
        return device.queryForm() == QueryForm.PLAIN ? plainQuery(call) : base64Query(call);
    }

    private String plainQuery(EasCall call) {
        StringBuilder q = new StringBuilder();
        field(q, call, "Cmd", call.command());
        field(q, call, "User", credentials.user());
        field(q, call, "DeviceId", device.deviceId());
        field(q, call, "DeviceType", device.deviceType());
        call.parameters().forEach((name, value) -> field(q, call, name, value));
        return q.toString();
    }

    private static void field(StringBuilder q, EasCall call, String name, String value) {
        if (call.omittedFields().contains(name)) {
            return;
        }
        if (q.length() > 0) {
            q.append('&');
        }
        q.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    private String base64Query(EasCall call) {
        if (!call.omittedFields().isEmpty()) {
            throw new IllegalArgumentException("the base64 form cannot leave out " + call.omittedFields());
        }
        EasCommand command = EasCommand.byName(call.command()).orElseThrow(() -> new IllegalArgumentException(
                "the base64 form has no code for command " + call.command()));
        EasRequest.Builder b = EasRequest.builder(command, device.version(), device.deviceId(), device.deviceType())
                .queryForm(QueryForm.BASE64).userHint(credentials.user()).locale(device.locale())
                .policyKey(policyKey);
        for (Map.Entry<String, String> p : call.parameters().entrySet()) {
            switch (p.getKey()) {
                case "SaveInSent" -> b.saveInSent("T".equalsIgnoreCase(p.getValue()));
                case "AcceptMultiPart" -> b.acceptMultiPart("T".equalsIgnoreCase(p.getValue()));
                default -> b.parameter(RequestParameter.byQueryName(p.getKey()).orElseThrow(() ->
                        new IllegalArgumentException("the base64 form has no tag for parameter " + p.getKey())),
                        p.getValue());
            }
        }
        return Base64RequestLine.encode(b.build());
    }

    private static byte[] content(HttpResponse<byte[]> response, boolean acceptedGzip) {
        String encoding = response.headers().firstValue("Content-Encoding").orElse("identity");
        if (encoding.equalsIgnoreCase("identity")) {
            return response.body();
        }
        if (!encoding.equalsIgnoreCase("gzip") || !acceptedGzip) {
            throw new IllegalStateException("the server answered with Content-Encoding " + encoding
                    + (acceptedGzip ? "" : " although the request did not accept it"));
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("the gzip body does not decompress: " + e.getMessage(), e);
        }
    }
}
