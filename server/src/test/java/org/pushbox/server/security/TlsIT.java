package org.pushbox.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.server.admin.PushboxRuntime;
import org.pushbox.server.http.RunningServer;

/** HTTPS on loopback with a freshly generated self-signed certificate, trusted by the client. */
class TlsIT {

    @TempDir
    Path dir;

    @Test
    void httpsWithTheSelfSignedCertificateWorksAndIsRefusedWithoutTrust() throws Exception {
        SelfSignedCertificate generated = SelfSignedCertificate.generate(List.of("localhost", "127.0.0.1"),
                Duration.ofDays(1), SelfSignedCertificate.KeyType.EC);
        Path cert = dir.resolve("tls/cert.pem");
        Path key = dir.resolve("tls/key.pem");
        PemFiles.write(generated, cert, key, false);
        Map<String, String> tls = Map.of("tls.cert", cert.toString(), "tls.key", key.toString());
        try (RunningServer server = RunningServer.start(dir.resolve("data"), tls, PushboxRuntime.NO_COMMANDS)) {
            assertThat(server.uri("/").getScheme()).isEqualTo("https");
            HttpClient trusting = HttpClient.newBuilder().sslContext(trusting(PemFiles.readCertificates(cert).get(0)))
                    .connectTimeout(Duration.ofSeconds(5)).build();
            HttpRequest options = server.request("/Microsoft-Server-ActiveSync")
                    .method("OPTIONS", BodyPublishers.noBody()).build();
            HttpResponse<Void> response = trusting.send(options, HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("MS-ASProtocolVersions")).isPresent();
            assertThat(response.sslSession()).hasValueSatisfying(s -> assertThat(s.getProtocol()).startsWith("TLSv1."));

            HttpClient defaultTrust = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            assertThatThrownBy(() -> defaultTrust.send(options, HttpResponse.BodyHandlers.discarding()))
                    .isInstanceOf(SSLHandshakeException.class);
        }
    }

    static SSLContext trusting(X509Certificate certificate) throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        store.setCertificateEntry("pushbox", certificate);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
