package org.pushbox.server.sync.mapping;

import java.util.Collection;
import org.pushbox.protocol.codepage.EasVersion;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.request.ProtocolVersion;

/**
 * What a client's Add or Change comes with besides its data: the protocol version it was sent in
 * (what it could not have said), its Supported list (ghosting; null when none was sent), and the
 * request's contact pictures, already in the blob store.
 */
public record ClientWrite(ProtocolVersion version, Collection<Tag> supported, StoredPictures pictures) {

    /** Whether the client's version has the element at all. */
    public boolean knows(Tag tag) {
        return tag.knownIn(EasVersion.fromText(version.headerValue()));
    }
}
