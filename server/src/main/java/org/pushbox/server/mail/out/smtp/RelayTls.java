package org.pushbox.server.mail.out.smtp;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.pushbox.server.security.PemFiles;

/** The TLS client side towards the relay: the JDK's trust store, or only the certificates of a PEM file. */
public final class RelayTls {

    private RelayTls() {
    }

    /**
     * A socket factory trusting {@code trustFile}'s certificates (a private CA, or a self-signed relay
     * certificate itself), or the JDK's default trust store when empty. Host names are verified either way.
     */
    public static SSLSocketFactory socketFactory(Optional<Path> trustFile) throws IOException {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            if (trustFile.isEmpty()) {
                context.init(null, null, null);
                return context.getSocketFactory();
            }
            List<X509Certificate> certificates = PemFiles.readCertificates(trustFile.get());
            KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
            anchors.load(null, null);
            for (int i = 0; i < certificates.size(); i++) {
                anchors.setCertificateEntry("relay-" + i, certificates.get(i));
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(anchors);
            context.init(null, trust.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS towards the relay: " + e.getMessage(), e);
        }
    }
}
