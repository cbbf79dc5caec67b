package org.pushbox.server.sync.mapping;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pushbox.protocol.command.Bytes;
import org.pushbox.protocol.command.sync.ApplicationData;
import org.pushbox.protocol.command.sync.SyncRequest;
import org.pushbox.protocol.model.Contact;
import org.pushbox.protocol.model.DataClassException;
import org.pushbox.protocol.model.DecodeLimits;
import org.pushbox.protocol.model.ItemData;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.storage.api.BlobId;
import org.pushbox.storage.api.BlobStore;

/**
 * The contact pictures of a Sync request, written to the blob store before its transaction opens:
 * the blob store uses connections of its own, and taking a second connection while a transaction
 * holds one could starve the pool under load. A picture nothing ends up referencing (its Add
 * failed) is removed by the blob store's garbage collection after the grace period.
 */
public final class StoredPictures {

    /** For requests without pictures. */
    public static final StoredPictures NONE = new StoredPictures(Map.of());

    private final Map<Bytes, BlobId> stored;

    private StoredPictures(Map<Bytes, BlobId> stored) {
        this.stored = stored;
    }

    /**
     * Stores every well-formed picture within {@code limits} in the request's Adds and Changes; an
     * oversize or malformed one is left for the decoder to refuse with item Status 6.
     */
    public static StoredPictures of(SyncRequest request, ProtocolVersion version, DecodeLimits limits,
            BlobStore blobs) throws IOException {
        List<Bytes> pictures = new ArrayList<>();
        for (SyncRequest.Collection collection : request.collections()) {
            for (SyncRequest.ClientCommand command : collection.commands()) {
                ApplicationData data = command instanceof SyncRequest.Add add ? add.data()
                        : command instanceof SyncRequest.Change change ? change.data() : null;
                if (data == null) {
                    continue;
                }
                for (WbxmlElement child : data.element().children()) {
                    if (child.tag().equals(Contact.PICTURE.tag())) {
                        Bytes picture = decode(child, version, limits);
                        if (picture != null) {
                            pictures.add(picture);
                        }
                    }
                }
            }
        }
        return of(pictures, blobs);
    }

    /**
     * Stores {@code pictures} as a device's Add would (the vCard import uses this, so an imported
     * photo is the same blob a device's picture would be); empty ones are skipped, duplicates stored once.
     */
    public static StoredPictures of(Collection<Bytes> pictures, BlobStore blobs) throws IOException {
        Map<Bytes, BlobId> stored = new HashMap<>();
        for (Bytes picture : pictures) {
            if (picture.length() > 0 && !stored.containsKey(picture)) {
                stored.put(picture, blobs.put(new ByteArrayInputStream(picture.toArray())).id());
            }
        }
        return stored.isEmpty() ? NONE : new StoredPictures(stored);
    }

    private static Bytes decode(WbxmlElement picture, ProtocolVersion version, DecodeLimits limits) {
        try {
            return Contact.decode(WbxmlElement.of(ItemData.APPLICATION_DATA, picture), version, limits)
                    .get(Contact.PICTURE);
        } catch (DataClassException e) {
            return null;
        }
    }

    /** The blob holding {@code picture}, or null when it was not stored beforehand. */
    BlobId find(Bytes picture) {
        return stored.get(picture);
    }
}
