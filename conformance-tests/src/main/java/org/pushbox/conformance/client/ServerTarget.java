package org.pushbox.conformance.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;

/**
 * The server under test: its EAS endpoint, the account to log in with, one shared HTTP client and the
 * observer that sees every response. Makes an {@link EasTestClient} per device.
 */
public record ServerTarget(URI endpoint, Credentials credentials, HttpClient http, ResponseObserver observer) {

    public static final String EAS_PATH = "/Microsoft-Server-ActiveSync";

    public ServerTarget {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(observer, "observer");
    }

    /**
     * A target for a server URL: either the endpoint itself or the server's root, to which
     * {@value #EAS_PATH} is added.
     */
    public static ServerTarget of(String url, Credentials credentials, ResponseObserver observer) {
        URI uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        if (uri.getPath() == null || uri.getPath().isEmpty()) {
            uri = URI.create(uri + EAS_PATH);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return new ServerTarget(uri, credentials, http, observer);
    }

    public EasTestClient client(DeviceIdentity device) {
        return new EasTestClient(http, endpoint, credentials, device, observer);
    }
}
