package org.pushbox.protocol.model;

import org.pushbox.protocol.request.ProtocolVersion;

/** What a decoder may consult: the request's protocol version and the size limits. */
record DecodeContext(ProtocolVersion version, DecodeLimits limits) {
}
