package org.pushbox.server.admin;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.pushbox.server.security.PemFiles;
import org.pushbox.server.security.SelfSignedCertificate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pushbox cert self-signed}: a key and certificate for TLS without a certificate authority. */
@Command(name = "cert", mixinStandardHelpOptions = true, description = "TLS certificates.",
        subcommands = {CertCommand.SelfSigned.class})
final class CertCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "self-signed", mixinStandardHelpOptions = true,
            description = "Generate a key pair and a self-signed certificate (PEM files). Phones must be told to "
                    + "trust it; for a public server prefer a certificate from a CA.")
    static final class SelfSigned implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--host", paramLabel = "NAME",
                description = "Host name or IP address clients connect to; repeat for more. "
                        + "Default: this machine's name, localhost and 127.0.0.1.")
        List<String> hosts = new ArrayList<>();

        @Option(names = "--cert", paramLabel = "FILE", defaultValue = "pushbox-cert.pem",
                description = "Certificate file to write (default: ${DEFAULT-VALUE}).")
        Path certificate;

        @Option(names = "--key", paramLabel = "FILE", defaultValue = "pushbox-key.pem",
                description = "Private key file to write, owner-readable only (default: ${DEFAULT-VALUE}).")
        Path key;

        @Option(names = "--days", paramLabel = "N", defaultValue = "825",
                description = "Validity in days (default: ${DEFAULT-VALUE}, the longest iOS accepts).")
        int days;

        @Option(names = "--key-type", paramLabel = "TYPE", defaultValue = "RSA",
                description = "RSA (2048 bits, works with every client) or EC (P-256). Default: ${DEFAULT-VALUE}.")
        SelfSignedCertificate.KeyType keyType;

        @Option(names = "--force", description = "Replace existing files.")
        boolean force;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (days < 1 || days > 3650) {
                err.println("pushbox: --days must be from 1 to 3650");
                err.flush();
                return 2;
            }
            try {
                List<String> names = hosts.isEmpty() ? defaultHosts() : hosts;
                SelfSignedCertificate generated = SelfSignedCertificate.generate(names, Duration.ofDays(days), keyType);
                PemFiles.write(generated, certificate, key, force);
                out.println("wrote " + certificate + " and " + key + " for " + String.join(", ", names));
                out.println("serve with them by adding to pushbox.conf:");
                out.println("  tls.cert=" + certificate.toAbsolutePath());
                out.println("  tls.key=" + key.toAbsolutePath());
                out.flush();
                return 0;
            } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
                err.println("pushbox: " + e.getMessage());
                err.flush();
                return 1;
            }
        }

        private static List<String> defaultHosts() {
            Set<String> names = new LinkedHashSet<>();
            try {
                names.add(InetAddress.getLocalHost().getHostName());
            } catch (IOException e) {
                // no resolvable host name: localhost alone still serves a local test
            }
            names.add("localhost");
            names.add("127.0.0.1");
            return new ArrayList<>(names);
        }
    }
}
