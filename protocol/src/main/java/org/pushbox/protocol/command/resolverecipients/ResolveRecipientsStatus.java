package org.pushbox.protocol.command.resolverecipients;

import org.pushbox.protocol.command.EasStatus;

/** ResolveRecipients {@code Status} values of every level: request, per To, certificates ([MS-ASCMD] 2.2.3.177.11). */
public enum ResolveRecipientsStatus implements EasStatus {
    /** Request succeeded; per To: resolved to one recipient. */
    SUCCESS(1),
    /** Per To: several matches, all suggested (no certificates). */
    AMBIGUOUS(2),
    /** Per To: several matches, some suggested (see RecipientCount). */
    AMBIGUOUS_PARTIAL(3),
    /** Per To: nothing found. */
    NO_MATCH(4),
    /** Malformed request (e.g. more than 100 To); what the codec reports for structural faults. */
    PROTOCOL_ERROR(5),
    /** Retry later. */
    SERVER_ERROR(6),
    /** Certificates: none valid. */
    NO_VALID_CERTIFICATE(7),
    /** Certificates: more than the client asked for. */
    CERTIFICATE_LIMIT_REACHED(8);

    private final int code;

    ResolveRecipientsStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }
}
