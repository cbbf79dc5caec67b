package org.pushbox.protocol.command.settings;

import java.util.Objects;

/**
 * One out-of-office message and the senders it applies to. {@code enabled}, {@code replyMessage}
 * and {@code bodyType} are {@code null} when not sent.
 */
public record OofMessage(Audience audience, Boolean enabled, String replyMessage, BodyType bodyType) {

    /** Which senders a message applies to: {@code AppliesToInternal}, {@code ...ExternalKnown}, {@code ...ExternalUnknown}. */
    public enum Audience {
        INTERNAL,
        EXTERNAL_KNOWN,
        EXTERNAL_UNKNOWN
    }

    public OofMessage {
        Objects.requireNonNull(audience, "audience");
    }
}
