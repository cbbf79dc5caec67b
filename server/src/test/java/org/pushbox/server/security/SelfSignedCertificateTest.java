package org.pushbox.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelfSignedCertificateTest {

    @TempDir
    Path dir;

    @Test
    void certificateCarriesTheNamesAsSansAndRoundTripsThroughPem() throws Exception {
        SelfSignedCertificate generated = SelfSignedCertificate.generate(List.of("Mail.Example.org", "192.0.2.7", "::1"),
                Duration.ofDays(30), SelfSignedCertificate.KeyType.RSA);
        X509Certificate cert = generated.certificate();
        assertThat(cert.getSubjectAlternativeNames()).extracting(l -> l.get(0) + "=" + l.get(1))
                .contains("2=mail.example.org", "7=192.0.2.7");
        assertThat(cert.getSubjectAlternativeNames()).hasSize(3);
        assertThat(cert.getNotAfter().toInstant()).isBetween(Instant.now().plus(Duration.ofDays(29)),
                Instant.now().plus(Duration.ofDays(31)));
        assertThat(cert.getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.1");
        assertThat(cert.getBasicConstraints()).isEqualTo(-1);

        Path certFile = dir.resolve("c.pem");
        Path keyFile = dir.resolve("k.pem");
        PemFiles.write(generated, certFile, keyFile, false);
        assertThat(Files.readString(keyFile)).startsWith("-----BEGIN PRIVATE KEY-----");
        if (Files.getFileStore(keyFile).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        }
        assertThat(PemFiles.readCertificates(certFile)).containsExactly(cert);
        assertThat(PemFiles.readPrivateKey(keyFile)).isEqualTo(generated.keyPair().getPrivate());
        assertThatThrownBy(() -> PemFiles.write(generated, certFile, keyFile, false))
                .isInstanceOf(FileAlreadyExistsException.class);
    }

    @Test
    void ipLiteralsAreRecognisedWithoutResolvingNames() {
        assertThat(SelfSignedCertificate.isIpLiteral("10.0.0.1")).isTrue();
        assertThat(SelfSignedCertificate.isIpLiteral("fe80::1")).isTrue();
        assertThat(SelfSignedCertificate.isIpLiteral("mail.example.org")).isFalse();
        assertThat(SelfSignedCertificate.isIpLiteral("999.1.1.1")).isFalse();
    }

    @Test
    void missingPemContentIsAClearError() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.pem"), "nothing here\n");
        assertThatThrownBy(() -> PemFiles.readCertificates(empty)).hasMessageContaining("no PEM certificate");
        assertThatThrownBy(() -> PemFiles.readPrivateKey(empty)).hasMessageContaining("no unencrypted PEM private key");
    }
}
