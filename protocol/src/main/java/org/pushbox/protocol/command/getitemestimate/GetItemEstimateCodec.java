package org.pushbox.protocol.command.getitemestimate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.CommonStatus;
import org.pushbox.protocol.command.ElementBuilder;
import org.pushbox.protocol.command.ElementReader;
import org.pushbox.protocol.command.getitemestimate.GetItemEstimateRequest.Collection;
import org.pushbox.protocol.command.getitemestimate.GetItemEstimateRequest.Options;
import org.pushbox.protocol.command.sync.FilterType;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

/** GetItemEstimate ([MS-ASCMD] 2.2.1.9). */
public final class GetItemEstimateCodec {

    /** [MS-ASCMD] 3.2.5.x: more than 1,000 collections is Status 103. */
    public static final int MAX_COLLECTIONS = 1000;

    private static final Tag GET_ITEM_ESTIMATE = tag("GetItemEstimate");
    private static final Tag COLLECTIONS = tag("Collections");
    private static final Tag COLLECTION = tag("Collection");
    private static final Tag CLASS = tag("Class");
    private static final Tag COLLECTION_ID = tag("CollectionId");
    private static final Tag ESTIMATE = tag("Estimate");
    private static final Tag RESPONSE = tag("Response");
    private static final Tag STATUS = tag("Status");
    private static final Tag SYNC_KEY = CodePages.require("AirSync", "SyncKey");
    private static final Tag FILTER_TYPE = CodePages.require("AirSync", "FilterType");
    private static final Tag OPTIONS = CodePages.require("AirSync", "Options");
    private static final Tag AIRSYNC_CLASS = CodePages.require("AirSync", "Class");
    private static final Tag MAX_ITEMS = CodePages.require("AirSync", "MaxItems");
    private static final Tag CONVERSATION_MODE = CodePages.require("AirSync", "ConversationMode");
    private static final CommonStatus BAD = CommonStatus.INVALID_XML;

    private GetItemEstimateCodec() {
    }

    private static Tag tag(String name) {
        return CodePages.require("GetItemEstimate", name);
    }

    /**
     * Reads a request in either form. Faults give common status 103: no Collections or Collection,
     * a missing SyncKey or CollectionId, a FilterType outside 0-8, an unknown Class, the same
     * collection twice, more than {@value #MAX_COLLECTIONS} collections.
     */
    public static GetItemEstimateRequest decodeRequest(WbxmlElement root, ProtocolVersion version)
            throws CommandException {
        ElementReader r = ElementReader.root(root, GET_ITEM_ESTIMATE, BAD, COLLECTIONS);
        List<ElementReader> list = r.requiredContainer(COLLECTIONS, COLLECTION).containers(COLLECTION, CLASS,
                COLLECTION_ID, SYNC_KEY, FILTER_TYPE, OPTIONS, CONVERSATION_MODE);
        if (list.isEmpty() || list.size() > MAX_COLLECTIONS) {
            throw r.fault("needs 1-" + MAX_COLLECTIONS + " collections, got " + list.size());
        }
        List<Collection> collections = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ElementReader c : list) {
            String id = c.requiredText(COLLECTION_ID);
            if (!ids.add(id)) {
                throw c.fault("collection " + id + " is listed twice");
            }
            List<Options> options = new ArrayList<>();
            if (c.has(CLASS) || c.has(FILTER_TYPE)) {
                // 12.1 form.
                options.add(new Options(c.itemClass(CLASS), c.ordinal(FILTER_TYPE, FilterType.values()), null));
            }
            for (ElementReader o : c.containers(OPTIONS, AIRSYNC_CLASS, FILTER_TYPE, MAX_ITEMS)) {
                options.add(new Options(o.itemClass(AIRSYNC_CLASS), o.ordinal(FILTER_TYPE, FilterType.values()),
                        o.integer(MAX_ITEMS, 0, Integer.MAX_VALUE)));
            }
            collections.add(new Collection(c.requiredText(SYNC_KEY), id, Boolean.TRUE.equals(c.bool(CONVERSATION_MODE)),
                    options));
        }
        return new GetItemEstimateRequest(collections);
    }

    public static WbxmlElement encodeResponse(GetItemEstimateResponse response, ProtocolVersion version) {
        ElementBuilder b = ElementBuilder.of(GET_ITEM_ESTIMATE, version).status(STATUS, response.status());
        for (GetItemEstimateResponse.Response r : response.responses()) {
            b.child(RESPONSE, e -> {
                e.status(STATUS, r.status());
                if (r.collectionId() != null) {
                    e.child(COLLECTION, c -> c.text(COLLECTION_ID, r.collectionId()).integer(ESTIMATE, r.estimate()));
                }
            });
        }
        return b.build();
    }

    /** Client side: the 12.1 form for 12.1, the Options form for 14.0+. */
    public static WbxmlElement encodeRequest(GetItemEstimateRequest request, ProtocolVersion version) {
        boolean legacy = version.atMost(ProtocolVersion.V12_1);
        ElementBuilder b = ElementBuilder.of(GET_ITEM_ESTIMATE, version);
        b.child(COLLECTIONS, cs -> request.collections().forEach(c -> cs.child(COLLECTION, e -> {
            if (legacy) {
                Options o = c.options().isEmpty() ? new Options(null, null, null) : c.options().get(0);
                e.text(CLASS, o.itemClass() == null ? null : o.itemClass().wire()).text(COLLECTION_ID, c.collectionId())
                        .ordinal(FILTER_TYPE, o.filterType()).text(SYNC_KEY, c.syncKey());
                return;
            }
            e.text(SYNC_KEY, c.syncKey()).text(COLLECTION_ID, c.collectionId()).empty(CONVERSATION_MODE,
                    c.conversationMode());
            c.options().forEach(o -> e.child(OPTIONS, oe -> oe
                    .text(AIRSYNC_CLASS, o.itemClass() == null ? null : o.itemClass().wire())
                    .ordinal(FILTER_TYPE, o.filterType()).integer(MAX_ITEMS, o.maxItems())));
        })));
        return b.build();
    }

    /** Client side: reads a response; faults carry 103. */
    public static GetItemEstimateResponse decodeResponse(WbxmlElement root, ProtocolVersion version)
            throws CommandException {
        ElementReader r = ElementReader.root(root, GET_ITEM_ESTIMATE, BAD, STATUS, RESPONSE);
        List<GetItemEstimateResponse.Response> responses = new ArrayList<>();
        for (ElementReader e : r.containers(RESPONSE, STATUS, COLLECTION)) {
            ElementReader c = e.optionalContainer(COLLECTION, COLLECTION_ID, ESTIMATE);
            responses.add(new GetItemEstimateResponse.Response(e.requiredStatus(STATUS, GetItemEstimateStatus.values()),
                    c == null ? null : c.requiredText(COLLECTION_ID),
                    c == null ? null : c.integer(ESTIMATE, 0, Integer.MAX_VALUE)));
        }
        return new GetItemEstimateResponse(r.status(STATUS, GetItemEstimateStatus.values()), responses);
    }
}
