package org.pushbox.protocol.command.validatecert;

import org.pushbox.protocol.command.EasStatus;

/** ValidateCert {@code Status} values, top level and per certificate ([MS-ASCMD] 2.2.3.177.17). */
public enum ValidateCertStatus implements EasStatus {
    /** Valid. */
    SUCCESS(1),
    /** Malformed request, e.g. more than 100 certificates; what the codec reports for structural faults. */
    PROTOCOL_ERROR(2),
    INVALID_SIGNATURE(3),
    UNTRUSTED_ISSUER(4),
    INVALID_CHAIN(5),
    NOT_FOR_EMAIL_SIGNING(6),
    /** Expired or not yet valid. */
    EXPIRED(7),
    INCONSISTENT_VALIDITY_PERIODS(8),
    /** A certificate in the chain is used for something it may not do. */
    CA_MISUSE(9),
    MISSING_INFORMATION(10),
    END_ENTITY_MISUSE(11),
    /** The e-mail address does not match the certificate. */
    ADDRESS_MISMATCH(12),
    REVOKED(13),
    CRL_SERVER_UNREACHABLE(14),
    CHAIN_CERTIFICATE_REVOKED(15),
    REVOCATION_STATUS_UNKNOWN(16),
    UNKNOWN_SERVER_ERROR(17);

    private final int code;

    ValidateCertStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }
}
