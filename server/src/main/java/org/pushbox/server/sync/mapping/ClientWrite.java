package org.pushbox.server.sync.mapping;

import java.util.Collection;
import org.pushbox.protocol.codepage.EasVersion;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.storage.api.BlobStore;

/**
 * What a client's Add or Change comes with besides its data: the protocol version it was sent in
 * (what it could not have said), its Supported list (ghosting; null when none was sent), and the
 * blob store for properties kept as blobs (contact pictures).
 */
public record ClientWrite(ProtocolVersion version, Collection<Tag> supported, BlobStore blobs) {

    /** Whether the client's version has the element at all. */
    public boolean knows(Tag tag) {
        return tag.knownIn(EasVersion.fromText(version.headerValue()));
    }
}
