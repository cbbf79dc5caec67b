package org.pushbox.protocol.command.provision;

/** The algorithm for signed S/MIME messages (RequireSignedSMIMEAlgorithm). The wire value is the ordinal. */
public enum SmimeSigningAlgorithm {
    SHA1,
    MD5
}
