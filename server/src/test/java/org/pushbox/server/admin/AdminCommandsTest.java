package org.pushbox.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.server.config.ConfigLoader;
import org.pushbox.server.config.StoreSettings;
import org.pushbox.server.security.PemFiles;
import org.pushbox.storage.api.MailboxStore;
import picocli.CommandLine;

/** The user, cert and serve commands, run in-process through the real command line. */
class AdminCommandsTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    Run run(String stdin, String... args) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            CommandLine cli = PushboxCli.commandLine();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(err));
            int exit = cli.execute(args);
            return new Run(exit, out.toString(), err.toString());
        } finally {
            System.setIn(original);
        }
    }

    Path config() throws Exception {
        Path file = dir.resolve("pushbox.conf");
        if (!Files.exists(file)) {
            Files.writeString(file, "data-dir=" + dir.resolve("data").toString().replace("\\", "\\\\")
                    + "\nauth.argon2-memory=1m\nauth.argon2-iterations=1\n");
        }
        return file;
    }

    @Test
    void userLifecycle() throws Exception {
        String conf = config().toString();
        Run add = run("first-Pässword\n", "user", "add", "bob", "--config", conf, "--address", "bob@example.org",
                "--address", "robert@example.org", "--name", "Bob B", "--password-stdin");
        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(add.out()).contains("created bob <bob@example.org>");

        Run duplicate = run("x\n", "user", "add", "BOB", "--config", conf, "--address", "other@example.org",
                "--password-stdin");
        assertThat(duplicate.exit()).isEqualTo(1);
        assertThat(duplicate.err()).startsWith("pushbox: ");

        assertThat(run("", "user", "passwd", "bob", "--config", conf, "--password-stdin").err())
                .contains("standard input is empty");
        Run passwd = run("second-password\r\n", "user", "passwd", "bob", "--config", conf, "--password-stdin");
        assertThat(passwd.exit()).as(passwd.err()).isZero();

        try (MailboxStore store = open()) {
            assertThat(store.authenticate("bob", "first-Pässword")).isEmpty();
            assertThat(store.authenticate("bob", "second-password")).isPresent();
        }

        assertThat(run("", "user", "disable", "bob", "--config", conf).exit()).isZero();
        Run list = run("", "user", "list", "--config", conf);
        assertThat(list.out()).contains("bob\tdisabled\tBob B\tbob@example.org,robert@example.org");
        try (MailboxStore store = open()) {
            assertThat(store.authenticate("bob", "second-password")).isEmpty();
        }
        assertThat(run("", "user", "enable", "bob", "--config", conf).exit()).isZero();
        assertThat(run("", "user", "list", "--config", conf).out()).contains("bob\tenabled");

        Run missing = run("", "user", "disable", "nobody", "--config", conf);
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("no account with login 'nobody'");
    }

    MailboxStore open() throws Exception {
        return MailboxStore.open(StoreSettings.of(ConfigLoader.load(config(), java.util.Map.of())));
    }

    @Test
    void passwordIsNeverTakenFromTheCommandLineWithoutATerminal() throws Exception {
        Run add = run("", "user", "add", "carol", "--config", config().toString(), "--address", "c@example.org");
        assertThat(add.exit()).isEqualTo(1);
        assertThat(add.err()).contains("--password-stdin");
    }

    @Test
    void certSelfSignedWritesUsablePemFiles() throws Exception {
        Path cert = dir.resolve("out/cert.pem");
        Path key = dir.resolve("out/key.pem");
        Run run = run("", "cert", "self-signed", "--host", "mail.example.org", "--host", "10.1.2.3",
                "--cert", cert.toString(), "--key", key.toString(), "--key-type", "EC", "--days", "10");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("tls.cert=" + cert.toAbsolutePath());
        X509Certificate certificate = PemFiles.readCertificates(cert).get(0);
        assertThat(certificate.getSubjectAlternativeNames()).hasSize(2);
        assertThat(PemFiles.readPrivateKey(key).getAlgorithm()).isEqualTo("EC");
        Run again = run("", "cert", "self-signed", "--host", "x", "--cert", cert.toString(), "--key", key.toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("--force");
    }

    @Test
    void serveRefusesAnInvalidConfigurationClearly() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.conf"), "port=99999\n");
        Run run = run("", "serve", "--config", bad.toString());
        assertThat(run.exit()).isEqualTo(ServeCommand.EXIT_CONFIG);
        assertThat(run.err()).contains("invalid value for port").contains(bad.toString());
    }

    @Test
    void demoAccountIsCreatedOnlyInAnEmptyStoreWithARandomPassword() throws Exception {
        try (MailboxStore store = open()) {
            var config = ConfigLoader.load(config(), java.util.Map.of());
            DemoAccount.Created demo = DemoAccount.createIfEmpty(store, config).orElseThrow();
            assertThat(demo.password()).hasSize(DemoAccount.PASSWORD_LENGTH).isNotEqualTo(DemoAccount.randomPassword());
            assertThat(demo.account().primaryAddress()).isEqualTo("demo@localhost");
            assertThat(store.authenticate("demo", demo.password())).isPresent();
            assertThat(DemoAccount.createIfEmpty(store, config)).isEmpty();
        }
    }
}
