package org.pushbox.server.http;

import java.util.Objects;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * The body of an EAS command request, already decoded: nothing (Ping, Sync and GetAttachment may send
 * none), a WBXML tree, or a MIME message (12.1 SendMail, SmartReply and SmartForward with
 * {@code Content-Type: message/rfc822}).
 */
public sealed interface RequestBody {

    /** No body at all. */
    record None() implements RequestBody {
    }

    /** A decoded WBXML document; {@link #root()} is the command's top element. */
    record Wbxml(WbxmlElement root) implements RequestBody {
        public Wbxml {
            Objects.requireNonNull(root, "root");
        }
    }

    /** A raw RFC 822 message. */
    record Mime(byte[] message) implements RequestBody {
        public Mime {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public byte[] message() {
            return message.clone();
        }

        public int length() {
            return message.length;
        }
    }
}
