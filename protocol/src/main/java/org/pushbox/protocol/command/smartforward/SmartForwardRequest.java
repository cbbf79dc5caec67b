package org.pushbox.protocol.command.smartforward;

import java.util.List;
import java.util.Objects;
import org.pushbox.protocol.command.Bytes;
import org.pushbox.protocol.command.sendmail.Source;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * A SmartForward request (14.0+ WBXML form).
 *
 * @param body       16.0+: an {@code airsyncbase:Body} to add, as its WBXML subtree, or {@code null}
 * @param forwardees 16.0+: recipients to forward a calendar item to (empty when none)
 */
public record SmartForwardRequest(String clientId, Source source, String accountId, boolean saveInSentItems,
        boolean replaceMime, Bytes mime, String templateId, WbxmlElement body, List<Forwardee> forwardees) {

    public SmartForwardRequest {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(mime, "mime");
        forwardees = List.copyOf(forwardees);
    }

    /** A recipient; {@code name} may be {@code null}. */
    public record Forwardee(String name, String email) {
        public Forwardee {
            Objects.requireNonNull(email, "email");
        }
    }
}
