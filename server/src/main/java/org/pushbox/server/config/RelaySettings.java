package org.pushbox.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How composed mail leaves the server (the {@code relay.*} and {@code mail.out.*} keys, docs/mail-out.md).
 *
 * @param host            the SMTP relay; empty = no relay, mail to other domains is refused
 * @param port            its TCP port
 * @param security        plain, STARTTLS (required once chosen) or TLS from the first byte
 * @param credentials     AUTH user name and password, when the relay wants them
 * @param helo            the name pushbox gives in EHLO, and the host of MAILER-DAEMON in bounces
 * @param trustFile       PEM certificates to trust for the relay instead of the JDK's trust store
 * @param connectTimeout  how long to wait for the TCP (and TLS) connection
 * @param timeout         how long to wait for each reply of the relay
 * @param retryFirst      the wait after the first temporary failure; it doubles with each further one
 * @param retryMax        the longest wait between two attempts
 * @param giveUpAfter     how long after submission a temporarily failing recipient is given up and bounced
 * @param maxMessageBytes largest message an account may send ({@code mail.out.max-size})
 */
public record RelaySettings(
        Optional<String> host,
        int port,
        Security security,
        Optional<Credentials> credentials,
        String helo,
        Optional<Path> trustFile,
        Duration connectTimeout,
        Duration timeout,
        Duration retryFirst,
        Duration retryMax,
        Duration giveUpAfter,
        long maxMessageBytes) {

    public RelaySettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(helo, "helo");
        Objects.requireNonNull(trustFile, "trustFile");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(retryFirst, "retryFirst");
        Objects.requireNonNull(retryMax, "retryMax");
        Objects.requireNonNull(giveUpAfter, "giveUpAfter");
    }

    /** Transport security towards the relay. */
    public enum Security {
        /** Plain SMTP; only sensible to a relay on this machine or a trusted private network. */
        NONE,
        /** Plain connection upgraded with STARTTLS; a relay that does not offer it is not used. */
        STARTTLS,
        /** TLS from the first byte ("implicit TLS", usually port 465). */
        TLS
    }

    /** AUTH PLAIN/LOGIN credentials; the password never appears in toString. */
    public record Credentials(String username, String password) {
        public Credentials {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "Credentials[" + username + "]";
        }
    }

    /** Whether a relay is configured at all. */
    public boolean enabled() {
        return host.isPresent();
    }

    /** The settings with {@code host:port} as the relay (tests). */
    public RelaySettings withRelay(String relayHost, int relayPort) {
        return new RelaySettings(Optional.of(relayHost), relayPort, security, credentials, helo, trustFile,
                connectTimeout, timeout, retryFirst, retryMax, giveUpAfter, maxMessageBytes);
    }
}
