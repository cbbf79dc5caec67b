package org.pushbox.server.mail.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.server.config.RelaySettings;
import org.pushbox.server.config.RelaySettings.Credentials;
import org.pushbox.server.config.RelaySettings.Security;
import org.pushbox.server.mail.MailDelivery;
import org.pushbox.server.security.PemFiles;
import org.pushbox.server.security.SelfSignedCertificate;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.OutboundRecipient;
import org.pushbox.storage.api.OutboundRecipient.State;
import org.pushbox.storage.api.PropertyMap;
import org.subethamail.smtp.auth.LoginAuthenticationHandlerFactory;
import org.subethamail.smtp.auth.PlainAuthenticationHandlerFactory;

/**
 * The relay session's security against a real SMTP server (SubEthaSMTP): AUTH PLAIN and LOGIN, STARTTLS
 * and implicit TLS with a self-signed certificate trusted through {@code relay.tls-trust}, and what happens
 * when the password or the certificate is wrong (the message waits; nothing is sent in the clear).
 */
class RelaySecurityIT {

    @TempDir
    static Path keys;
    static SSLContext serverTls;
    static Path trust;
    static Path otherTrust;

    @TempDir
    Path dir;
    MailboxStore store;
    Account anna;
    Outbox outbox;
    RelaySink sink;

    @BeforeAll
    static void certificates() throws Exception {
        SelfSignedCertificate relayCert = SelfSignedCertificate.generate(List.of("localhost", "127.0.0.1"),
                Duration.ofDays(1), SelfSignedCertificate.KeyType.EC);
        serverTls = RelaySink.serverTls(relayCert);
        trust = keys.resolve("relay.pem");
        PemFiles.write(relayCert, trust, keys.resolve("relay.key"), true);
        SelfSignedCertificate other = SelfSignedCertificate.generate(List.of("localhost", "127.0.0.1"),
                Duration.ofDays(1), SelfSignedCertificate.KeyType.EC);
        otherTrust = keys.resolve("other.pem");
        PemFiles.write(other, otherTrust, keys.resolve("other.key"), true);
    }

    @BeforeEach
    void openStore() {
        store = MailboxStore.open(OutboxIT.storeConfig(dir));
        anna = store.accounts().create(new NewAccount("anna", "pw-anna-1", "Anna", List.of("anna@example.org"),
                PropertyMap.EMPTY));
    }

    @AfterEach
    void closeAll() {
        if (outbox != null) {
            outbox.close();
        }
        if (sink != null) {
            sink.close();
        }
        store.close();
    }

    static RelaySettings settings(String host, int port, Security security, Credentials credentials, Path trustFile) {
        return new RelaySettings(Optional.of(host), port, security, Optional.ofNullable(credentials), "pushbox.test",
                Optional.ofNullable(trustFile), Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofMillis(200),
                Duration.ofSeconds(1), Duration.ofMinutes(10), 1 << 20);
    }

    SubmitResult send(RelaySettings settings, String subject) throws Exception {
        outbox = Outbox.start(store, new MailDelivery(store, Clock.systemUTC()), settings, Clock.systemUTC());
        return outbox.submit(new OutgoingMessage(anna.id(), null, "anna@example.org", List.of("ben@remote.test"),
                OutboxIT.mime(subject, "secret\r\n")));
    }

    void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + OutboxIT.WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(end);
            outbox.wake();
            Thread.sleep(100);
        }
    }

    OutboundRecipient recipient(SubmitResult result) {
        return store.outbound().recipients(result.messageId()).get(0);
    }

    /** The message is still queued after failed attempts, and the relay got nothing. */
    void assertWaiting(SubmitResult result, String error) throws InterruptedException {
        await("failed attempts", () -> recipient(result).attempts() >= 2);
        assertThat(recipient(result).state()).isEqualTo(State.PENDING);
        assertThat(recipient(result).lastError()).contains(error);
        assertThat(sink.received()).isEmpty();
    }

    @Test
    void authPlain() throws Exception {
        sink = RelaySink.start(new RelaySink.Options().auth(
                new PlainAuthenticationHandlerFactory(RelaySink.only("pushbox", "pä$$ word"))));
        SubmitResult result = send(settings("127.0.0.1", sink.port(), Security.NONE,
                new Credentials("pushbox", "pä$$ word"), null), "plain");
        await("the relay to receive it", () -> sink.received().size() == 1);
        assertThat(sink.received().get(0).authenticatedAs()).isEqualTo("pushbox");
        await("the queue to record it", () -> recipient(result).state() == State.SENT);
    }

    @Test
    void authLoginWhenPlainIsNotOffered() throws Exception {
        sink = RelaySink.start(new RelaySink.Options().auth(
                new LoginAuthenticationHandlerFactory(RelaySink.only("pushbox", "s3cret"))));
        send(settings("127.0.0.1", sink.port(), Security.NONE, new Credentials("pushbox", "s3cret"), null), "login");
        await("the relay to receive it", () -> sink.received().size() == 1);
        assertThat(sink.received().get(0).authenticatedAs()).isEqualTo("pushbox");
    }

    @Test
    void aWrongPasswordKeepsTheMessageQueued() throws Exception {
        sink = RelaySink.start(new RelaySink.Options().auth(
                new PlainAuthenticationHandlerFactory(RelaySink.only("pushbox", "right"))));
        SubmitResult result = send(settings("127.0.0.1", sink.port(), Security.NONE,
                new Credentials("pushbox", "wrong"), null), "wrong password");
        assertWaiting(result, "451 4.7.0 the relay refused the credentials of pushbox: 535");
        assertThat(recipient(result).lastError()).doesNotContain("wrong");
    }

    @Test
    void startTlsWithATrustedSelfSignedCertificate() throws Exception {
        sink = RelaySink.start(new RelaySink.Options().startTls(serverTls).auth(
                new PlainAuthenticationHandlerFactory(RelaySink.only("pushbox", "s3cret"))));
        SubmitResult result = send(settings("127.0.0.1", sink.port(), Security.STARTTLS,
                new Credentials("pushbox", "s3cret"), trust), "starttls");
        await("the relay to receive it", () -> sink.received().size() == 1);
        assertThat(sink.received().get(0).authenticatedAs()).isEqualTo("pushbox");
        OutboxIT.assertBytes(sink.received().get(0).data(), OutboxIT.mime("starttls", "secret\r\n"));
        await("the queue to record it", () -> recipient(result).state() == State.SENT);
    }

    @Test
    void startTlsByHostName() throws Exception {
        sink = RelaySink.start(new RelaySink.Options().startTls(serverTls));
        send(settings("localhost", sink.port(), Security.STARTTLS, null, trust), "by name");
        await("the relay to receive it", () -> sink.received().size() == 1);
    }

    @Test
    void anUntrustedCertificateStopsTheSession() throws Exception {
        sink = RelaySink.start(new RelaySink.Options().startTls(serverTls));
        assertWaiting(send(settings("127.0.0.1", sink.port(), Security.STARTTLS, null, otherTrust), "untrusted"),
                "4.4.1");
    }

    @Test
    void theJdkTrustStoreDoesNotTrustASelfSignedRelay() throws Exception {
        sink = RelaySink.start(new RelaySink.Options().startTls(serverTls));
        assertWaiting(send(settings("127.0.0.1", sink.port(), Security.STARTTLS, null, null), "default trust"),
                "4.4.1");
    }

    @Test
    void starttlsRequiredButNotOfferedSendsNothing() throws Exception {
        sink = RelaySink.start();
        assertWaiting(send(settings("127.0.0.1", sink.port(), Security.STARTTLS, null, trust), "no tls offered"),
                "451 4.7.0 the relay does not offer STARTTLS");
    }

    @Test
    void implicitTls() throws Exception {
        sink = RelaySink.start(new RelaySink.Options().implicitTls(serverTls).auth(
                new PlainAuthenticationHandlerFactory(RelaySink.only("pushbox", "s3cret"))));
        SubmitResult result = send(settings("127.0.0.1", sink.port(), Security.TLS,
                new Credentials("pushbox", "s3cret"), trust), "implicit");
        await("the relay to receive it", () -> sink.received().size() == 1);
        assertThat(sink.received().get(0).authenticatedAs()).isEqualTo("pushbox");
        await("the queue to record it", () -> recipient(result).state() == State.SENT);
    }
}
