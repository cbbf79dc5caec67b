package org.pushbox.server.config;

import java.util.Objects;

/**
 * The LMTP listener through which an MTA delivers mail (the {@code lmtp.*} keys, docs/mail-in.md).
 *
 * @param enabled         whether {@code pushbox serve} listens for LMTP at all
 * @param bindAddress     address to listen on; loopback by default, since LMTP has no authentication
 * @param port            TCP port; 0 picks a free one (tests)
 * @param maxMessageBytes largest message accepted (advertised as SIZE); larger ones get 552 5.3.4
 */
public record LmtpSettings(boolean enabled, String bindAddress, int port, long maxMessageBytes) {
    public LmtpSettings {
        Objects.requireNonNull(bindAddress, "bindAddress");
    }
}
