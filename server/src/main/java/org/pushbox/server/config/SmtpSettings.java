package org.pushbox.server.config;

import java.util.Objects;

/**
 * The SMTP listener for direct delivery (the {@code smtp.*} keys, docs/mail-in.md): the internet's MTAs
 * deliver to pushbox's own domains over SMTP, without an MTA of ours in between. It accepts mail for local
 * recipients only, never relays.
 *
 * @param enabled         whether {@code pushbox serve} listens for SMTP at all
 * @param bindAddress     address to listen on
 * @param port            TCP port; 0 picks a free one (tests)
 * @param maxMessageBytes largest message accepted (advertised as SIZE); larger ones get 552 5.3.4
 * @param maxConnections  open connections at a time; more are answered 421 4.7.0 and closed
 */
public record SmtpSettings(boolean enabled, String bindAddress, int port, long maxMessageBytes, int maxConnections) {
    public SmtpSettings {
        Objects.requireNonNull(bindAddress, "bindAddress");
    }
}
