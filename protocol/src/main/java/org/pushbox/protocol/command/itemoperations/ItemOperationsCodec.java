package org.pushbox.protocol.command.itemoperations;

import java.util.ArrayList;
import java.util.List;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.Bytes;
import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.Range;
import org.pushbox.protocol.command.CommonStatus;
import org.pushbox.protocol.command.EasStatus;
import org.pushbox.protocol.command.ElementBuilder;
import org.pushbox.protocol.command.ElementReader;
import org.pushbox.protocol.command.ItemClass;
import org.pushbox.protocol.command.itemoperations.ItemOperationsRequest.EmptyFolderContents;
import org.pushbox.protocol.command.itemoperations.ItemOperationsRequest.Fetch;
import org.pushbox.protocol.command.itemoperations.ItemOperationsRequest.FetchOptions;
import org.pushbox.protocol.command.itemoperations.ItemOperationsRequest.Move;
import org.pushbox.protocol.command.itemoperations.ItemOperationsRequest.Operation;
import org.pushbox.protocol.command.itemoperations.ItemOperationsResponse.EmptyFolderContentsResult;
import org.pushbox.protocol.command.itemoperations.ItemOperationsResponse.FetchResult;
import org.pushbox.protocol.command.itemoperations.ItemOperationsResponse.MoveResult;
import org.pushbox.protocol.command.itemoperations.ItemOperationsResponse.Result;
import org.pushbox.protocol.command.sync.BodyPreferences;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * ItemOperations ([MS-ASCMD] 2.2.1.10): Fetch, EmptyFolderContents and (14.0+) Move. The multipart
 * form of the response is an HTTP concern; {@link FetchProperties#attachmentPart} marks its parts.
 */
public final class ItemOperationsCodec {

    /** [MS-ASCMD] 3.2.5.x: more than 100 operations is Status 103. */
    public static final int MAX_OPERATIONS = 100;

    private static final Tag ITEM_OPERATIONS = tag("ItemOperations");
    private static final Tag FETCH = tag("Fetch");
    private static final Tag STORE = tag("Store");
    private static final Tag OPTIONS = tag("Options");
    private static final Tag RANGE = tag("Range");
    private static final Tag STATUS = tag("Status");
    private static final Tag RESPONSE = tag("Response");
    private static final Tag SCHEMA = tag("Schema");
    private static final Tag EMPTY_FOLDER_CONTENTS = tag("EmptyFolderContents");
    private static final Tag DELETE_SUB_FOLDERS = tag("DeleteSubFolders");
    private static final Tag USER_NAME = tag("UserName");
    private static final Tag PASSWORD = tag("Password");
    private static final Tag MOVE = tag("Move");
    private static final Tag DST_FLD_ID = tag("DstFldId");
    private static final Tag CONVERSATION_ID = tag("ConversationId");
    private static final Tag MOVE_ALWAYS = tag("MoveAlways");
    private static final Tag COLLECTION_ID = CodePages.require("AirSync", "CollectionId");
    private static final Tag SERVER_ID = CodePages.require("AirSync", "ServerId");
    private static final Tag CLASS = CodePages.require("AirSync", "Class");
    private static final Tag MIME_SUPPORT = CodePages.require("AirSync", "MIMESupport");
    private static final Tag FILE_REFERENCE = CodePages.require("AirSyncBase", "FileReference");
    private static final Tag LONG_ID = CodePages.require("Search", "LongId");
    private static final Tag LINK_ID = CodePages.require("DocumentLibrary", "LinkId");
    private static final Tag RM_SUPPORT = CodePages.require("RightsManagement", "RightsManagementSupport");
    private static final Tag RM_REMOVE = CodePages.require("RightsManagement", "RemoveRightsManagementProtection");
    private static final EasStatus BAD = ItemOperationsStatus.PROTOCOL_ERROR;

    private ItemOperationsCodec() {
    }

    private static Tag tag(String name) {
        return CodePages.require("ItemOperations", name);
    }

    /**
     * Reads a request. Faults give Status 2 (a Fetch without Store or with not exactly one way to
     * name its target, an EmptyFolderContents without CollectionId, a Move without ConversationId or
     * DstFldId, an unknown element, no operation); a malformed Range gives 8; more than
     * {@value #MAX_OPERATIONS} operations gives common status 103.
     */
    public static ItemOperationsRequest decodeRequest(WbxmlElement root, ProtocolVersion version)
            throws CommandException {
        ElementReader r = ElementReader.root(root, ITEM_OPERATIONS, BAD, FETCH, EMPTY_FOLDER_CONTENTS, MOVE);
        List<Operation> operations = new ArrayList<>();
        for (WbxmlElement op : r.element().children()) {
            if (op.tag().equals(FETCH)) {
                operations.add(fetch(ElementReader.of(op, BAD, STORE, COLLECTION_ID, SERVER_ID, FILE_REFERENCE, LONG_ID,
                        LINK_ID, OPTIONS, RM_REMOVE)));
            } else if (op.tag().equals(EMPTY_FOLDER_CONTENTS)) {
                ElementReader e = ElementReader.of(op, BAD, COLLECTION_ID, OPTIONS);
                ElementReader options = e.optionalContainer(OPTIONS, DELETE_SUB_FOLDERS);
                operations.add(new EmptyFolderContents(e.requiredText(COLLECTION_ID),
                        options != null && options.flag(DELETE_SUB_FOLDERS)));
            } else if (op.tag().equals(MOVE)) {
                ElementReader m = ElementReader.of(op, BAD, CONVERSATION_ID, DST_FLD_ID, OPTIONS);
                ElementReader options = m.optionalContainer(OPTIONS, MOVE_ALWAYS);
                operations.add(new Move(Bytes.of(m.requiredBytes(CONVERSATION_ID)), m.requiredText(DST_FLD_ID),
                        options != null && options.flag(MOVE_ALWAYS)));
            }
        }
        if (operations.isEmpty()) {
            throw r.fault("no operation");
        }
        if (operations.size() > MAX_OPERATIONS) {
            throw new CommandException(CommonStatus.INVALID_XML, operations.size() + " operations, more than "
                    + MAX_OPERATIONS);
        }
        return new ItemOperationsRequest(operations);
    }

    private static Fetch fetch(ElementReader f) throws CommandException {
        String collectionId = f.text(COLLECTION_ID);
        String serverId = f.text(SERVER_ID);
        String fileReference = f.text(FILE_REFERENCE);
        String longId = f.text(LONG_ID);
        String linkId = f.text(LINK_ID);
        int forms = (serverId != null ? 1 : 0) + (fileReference != null ? 1 : 0) + (longId != null ? 1 : 0)
                + (linkId != null ? 1 : 0);
        if (forms != 1 || (collectionId != null) != (serverId != null)) {
            throw f.fault("needs exactly one of CollectionId+ServerId, FileReference, LongId and LinkId");
        }
        ElementReader o = f.optionalContainer(OPTIONS, SCHEMA, RANGE, USER_NAME, PASSWORD, MIME_SUPPORT,
                BodyPreferences.BODY_PREFERENCE, BodyPreferences.BODY_PART_PREFERENCE, RM_SUPPORT);
        return new Fetch(f.requiredText(STORE), collectionId, serverId, fileReference, longId, linkId,
                o == null ? null : options(o), f.flag(RM_REMOVE));
    }

    private static FetchOptions options(ElementReader o) throws CommandException {
        WbxmlElement schema = o.optional(SCHEMA);
        List<Tag> schemaTags = null;
        if (schema != null) {
            schemaTags = new ArrayList<>();
            for (WbxmlElement property : schema.children()) {
                schemaTags.add(property.tag());
            }
        }
        Range range;
        try {
            range = o.range(RANGE);
        } catch (CommandException e) {
            throw new CommandException(ItemOperationsStatus.INVALID_BYTE_RANGE, e.getMessage());
        }
        return new FetchOptions(schemaTags, range, o.text(USER_NAME), o.text(PASSWORD), o.integer(MIME_SUPPORT, 0, 2),
                BodyPreferences.read(o, BodyPreferences.BODY_PREFERENCE),
                BodyPreferences.read(o, BodyPreferences.BODY_PART_PREFERENCE), o.bool(RM_SUPPORT));
    }

    /**
     * Writes a response with the results in request order (the specification's rule; the Interop
     * XSD's sequence Move*, EmptyFolderContents*, Fetch* only covers requests in that order).
     */
    public static WbxmlElement encodeResponse(ItemOperationsResponse response, ProtocolVersion version) {
        ElementBuilder b = ElementBuilder.of(ITEM_OPERATIONS, version).status(STATUS, response.status());
        if (response.results() != null) {
            b.child(RESPONSE, rs -> response.results().forEach(r -> rs.add(result(r, rs))));
        }
        return b.build();
    }

    private static WbxmlElement result(Result result, ElementBuilder parent) {
        if (result instanceof FetchResult f) {
            return parent.nested(FETCH).status(STATUS, f.status()).text(COLLECTION_ID, f.collectionId())
                    .text(SERVER_ID, f.serverId()).text(LONG_ID, f.longId())
                    .text(CLASS, f.itemClass() == null ? null : f.itemClass().wire()).text(LINK_ID, f.linkId())
                    .text(FILE_REFERENCE, f.fileReference())
                    .add(f.properties() == null ? null : f.properties().toElement()).build();
        }
        if (result instanceof EmptyFolderContentsResult e) {
            return parent.nested(EMPTY_FOLDER_CONTENTS).status(STATUS, e.status()).text(COLLECTION_ID, e.collectionId())
                    .build();
        }
        MoveResult m = (MoveResult) result;
        return parent.nested(MOVE).status(STATUS, m.status()).opaque(CONVERSATION_ID, m.conversationId().toArray())
                .build();
    }

    public static WbxmlElement encodeRequest(ItemOperationsRequest request, ProtocolVersion version) {
        ElementBuilder b = ElementBuilder.of(ITEM_OPERATIONS, version);
        for (Operation op : request.operations()) {
            if (op instanceof Fetch f) {
                b.child(FETCH, e -> {
                    e.text(STORE, f.store()).text(COLLECTION_ID, f.collectionId()).text(SERVER_ID, f.serverId())
                            .text(FILE_REFERENCE, f.fileReference()).text(LONG_ID, f.longId()).text(LINK_ID, f.linkId());
                    if (f.options() != null) {
                        e.child(OPTIONS, o -> options(o, f.options()));
                    }
                    e.empty(RM_REMOVE, f.removeRightsManagementProtection());
                });
            } else if (op instanceof EmptyFolderContents e) {
                b.child(EMPTY_FOLDER_CONTENTS, x -> {
                    x.text(COLLECTION_ID, e.collectionId());
                    if (e.deleteSubFolders()) {
                        x.child(OPTIONS, o -> o.empty(DELETE_SUB_FOLDERS, true));
                    }
                });
            } else if (op instanceof Move m) {
                b.child(MOVE, x -> {
                    x.opaque(CONVERSATION_ID, m.conversationId().toArray()).text(DST_FLD_ID, m.dstFldId());
                    if (m.moveAlways()) {
                        x.child(OPTIONS, o -> o.empty(MOVE_ALWAYS, true));
                    }
                });
            }
        }
        return b.build();
    }

    private static void options(ElementBuilder o, FetchOptions options) {
        if (options.schema() != null) {
            o.child(SCHEMA, s -> options.schema().forEach(t -> s.empty(t, true)));
        }
        o.text(RANGE, options.range() == null ? null : options.range().toString()).text(USER_NAME, options.userName())
                .text(PASSWORD, options.password()).integer(MIME_SUPPORT, options.mimeSupport());
        BodyPreferences.write(o, BodyPreferences.BODY_PREFERENCE, options.bodyPreferences());
        BodyPreferences.write(o, BodyPreferences.BODY_PART_PREFERENCE, options.bodyPartPreferences());
        o.bool(RM_SUPPORT, options.rightsManagementSupport());
    }

    /** Client side: reads a response; faults carry Status 2. */
    public static ItemOperationsResponse decodeResponse(WbxmlElement root, ProtocolVersion version)
            throws CommandException {
        ElementReader r = ElementReader.root(root, ITEM_OPERATIONS, BAD, STATUS, RESPONSE);
        ElementReader response = r.optionalContainer(RESPONSE, FETCH, EMPTY_FOLDER_CONTENTS, MOVE);
        List<Result> results = null;
        if (response != null) {
            results = new ArrayList<>();
            for (WbxmlElement e : response.element().children()) {
                if (e.tag().equals(FETCH)) {
                    ElementReader f = ElementReader.of(e, BAD, STATUS, COLLECTION_ID, SERVER_ID, LONG_ID, CLASS, LINK_ID,
                            FILE_REFERENCE, FetchProperties.PROPERTIES);
                    WbxmlElement properties = f.optional(FetchProperties.PROPERTIES);
                    ItemClass itemClass = f.itemClass(CLASS);
                    results.add(new FetchResult(f.requiredStatus(STATUS, ItemOperationsStatus.values()),
                            f.text(COLLECTION_ID), f.text(SERVER_ID), f.text(LONG_ID), itemClass, f.text(LINK_ID),
                            f.text(FILE_REFERENCE), properties == null ? null : new FetchProperties(properties.children())));
                } else if (e.tag().equals(EMPTY_FOLDER_CONTENTS)) {
                    ElementReader x = ElementReader.of(e, BAD, STATUS, COLLECTION_ID);
                    results.add(new EmptyFolderContentsResult(x.requiredStatus(STATUS, ItemOperationsStatus.values()),
                            x.requiredText(COLLECTION_ID)));
                } else if (e.tag().equals(MOVE)) {
                    ElementReader x = ElementReader.of(e, BAD, STATUS, CONVERSATION_ID);
                    results.add(new MoveResult(x.requiredStatus(STATUS, ItemOperationsStatus.values()),
                            Bytes.of(x.requiredBytes(CONVERSATION_ID))));
                }
            }
        }
        return new ItemOperationsResponse(r.requiredStatus(STATUS, ItemOperationsStatus.values()), results);
    }
}
