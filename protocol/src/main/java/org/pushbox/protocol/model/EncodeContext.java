package org.pushbox.protocol.model;

import org.pushbox.protocol.codepage.EasVersion;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.request.ProtocolVersion;

/** The target of one encoding: protocol version (also as the code-page table's version) and direction. */
record EncodeContext(ProtocolVersion version, EasVersion easVersion, EncodeOptions options) {

    static EncodeContext of(ProtocolVersion version, EncodeOptions options) {
        EasVersion eas = EasVersion.fromText(version.headerValue());
        if (eas == null) {
            throw new IllegalArgumentException("no code-page version for " + version);
        }
        return new EncodeContext(version, eas, options);
    }

    boolean atLeast(ProtocolVersion v) {
        return version.atLeast(v);
    }

    boolean toServer() {
        return options.direction() == EncodeOptions.Direction.TO_SERVER;
    }

    /** A 16.x client's request: the server sets DtStamp, organizer, UID and attendee status itself. */
    boolean isRequest16() {
        return toServer() && atLeast(ProtocolVersion.V16_0);
    }

    /** Whether a tag may be sent at all in this version: current (not legacy) and listed for it. */
    boolean knows(Tag tag) {
        return tag.knownIn(easVersion);
    }
}
