package org.pushbox.server.security;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.IOException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLException;
import org.pushbox.server.config.PushboxConfig.TlsFiles;

/** Builds the server's TLS context from the configured PEM files. */
public final class TlsContexts {

    /** TLS 1.2 is the floor: iOS 6-era and Android 4.x clients have it, and nothing older is safe. */
    static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private TlsContexts() {
    }

    public static SslContext server(TlsFiles files) throws IOException {
        List<X509Certificate> chain = PemFiles.readCertificates(files.certificate());
        PrivateKey key = PemFiles.readPrivateKey(files.privateKey());
        try {
            return SslContextBuilder.forServer(key, chain.toArray(X509Certificate[]::new))
                    .protocols(PROTOCOLS)
                    .build();
        } catch (SSLException | IllegalArgumentException e) {
            throw new IOException("cannot use " + files.certificate() + " with " + files.privateKey() + ": "
                    + e.getMessage(), e);
        }
    }
}
