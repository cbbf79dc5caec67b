package org.pushbox.protocol.command.provision;

/**
 * The algorithm for encrypted S/MIME messages (RequireEncryptionSMIMEAlgorithm). The wire value is
 * the ordinal.
 */
public enum SmimeEncryptionAlgorithm {
    TRIPLE_DES,
    DES,
    RC2_128,
    RC2_64,
    RC2_40
}
