package org.pushbox.protocol.command.provision;

/**
 * Whether S/MIME encryption algorithms may be negotiated (AllowSMIMEEncryptionAlgorithmNegotiation).
 * The wire value is the ordinal.
 */
public enum SmimeNegotiation {
    NOT_ALLOWED,
    STRONGEST_ONLY,
    ANY
}
