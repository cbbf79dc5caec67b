package org.pushbox.protocol.command.resolverecipients;

import java.util.List;
import java.util.Objects;
import org.pushbox.protocol.command.Bytes;
import org.pushbox.protocol.command.EasStatus;

/** A ResolveRecipients response: the top-level status and one response per To, in request order. */
public record ResolveRecipientsResponse(EasStatus status, List<Response> responses) {

    public ResolveRecipientsResponse {
        Objects.requireNonNull(status, "status");
        responses = List.copyOf(responses);
    }

    /** The matches for one To; {@code recipientCount} is {@code null} to send none. */
    public record Response(String to, EasStatus status, Integer recipientCount, List<Recipient> recipients) {
        public Response {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(status, "status");
            recipients = List.copyOf(recipients);
        }
    }

    /** Where a recipient was found. */
    public enum Type {
        GAL,
        CONTACT;

        public int code() {
            return ordinal() + 1;
        }
    }

    /** One match; the optional parts are {@code null} when not asked for. */
    public record Recipient(Type type, String displayName, String emailAddress, Availability availability,
            Certificates certificates, Picture picture) {
        public Recipient {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(displayName, "displayName");
            Objects.requireNonNull(emailAddress, "emailAddress");
        }
    }

    /** Free/busy: one digit per 30 minutes (0 free, 1 tentative, 2 busy, 3 OOF, 4 no data); status 1 or 160-163. */
    public record Availability(EasStatus status, String mergedFreeBusy) {
    }

    /** Certificates as base64 text: full ones or mini ones, per the request's CertificateRetrieval. */
    public record Certificates(EasStatus status, Integer certificateCount, Integer recipientCount,
            List<String> certificates, List<String> miniCertificates) {
        public Certificates {
            certificates = List.copyOf(certificates);
            miniCertificates = List.copyOf(miniCertificates);
        }
    }

    /** 14.1+: the contact picture (status 1, or 173-175 with no data). */
    public record Picture(EasStatus status, Bytes data) {
    }
}
