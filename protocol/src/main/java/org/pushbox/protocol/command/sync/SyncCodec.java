package org.pushbox.protocol.command.sync;

import static org.pushbox.protocol.command.sync.SyncTags.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.EasStatus;
import org.pushbox.protocol.command.ElementBuilder;
import org.pushbox.protocol.command.ElementReader;
import org.pushbox.protocol.command.ItemClass;
import org.pushbox.protocol.command.sync.SyncRequest.ClientCommand;
import org.pushbox.protocol.command.sync.SyncResponse.AddResult;
import org.pushbox.protocol.command.sync.SyncResponse.ChangeResult;
import org.pushbox.protocol.command.sync.SyncResponse.ClientResult;
import org.pushbox.protocol.command.sync.SyncResponse.CollectionResponse;
import org.pushbox.protocol.command.sync.SyncResponse.DeleteResult;
import org.pushbox.protocol.command.sync.SyncResponse.FetchResult;
import org.pushbox.protocol.command.sync.SyncResponse.ServerCommand;
import org.pushbox.protocol.command.sync.SyncResponse.SoftDelete;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

/** Sync ([MS-ASCMD] 2.2.1.21) with AirSyncBase body preferences; item data stays an {@link ApplicationData} subtree. */
public final class SyncCodec {

    private static final EasStatus BAD = SyncStatus.PROTOCOL_ERROR;
    private static final Tag[] COLLECTION_CHILDREN = {SYNC_KEY, COLLECTION_ID, CLASS, SUPPORTED, DELETES_AS_MOVES,
        GET_CHANGES, WINDOW_SIZE, CONVERSATION_MODE, OPTIONS, COMMANDS};
    private static final Tag[] OPTIONS_CHILDREN = {CLASS, FILTER_TYPE, BODY_PREFERENCE, BODY_PART_PREFERENCE,
        MIME_SUPPORT, MIME_TRUNCATION, CONFLICT, MAX_ITEMS, RIGHTS_MANAGEMENT_SUPPORT};

    private SyncCodec() {
    }

    /**
     * Reads a request. Faults give Status 4: a Collection without SyncKey or CollectionId, the same
     * collection twice, a non-numeric or negative number, Wait together with HeartbeatInterval, two
     * Options for one class, an unknown Class, an out-of-range FilterType/MIMESupport/MIMETruncation/
     * Conflict/BodyPreference Type, an Add without ClientId or ApplicationData, a Change without
     * ServerId or ApplicationData, a Delete or Fetch without ServerId, an element the spec does not
     * allow where it appears.
     */
    public static SyncRequest decodeRequest(WbxmlElement root, ProtocolVersion version) throws CommandException {
        ElementReader r = ElementReader.root(root, SYNC, BAD, COLLECTIONS, WAIT, HEARTBEAT_INTERVAL, WINDOW_SIZE, PARTIAL);
        Integer wait = r.integer(WAIT, 0, Integer.MAX_VALUE);
        Integer heartbeat = r.integer(HEARTBEAT_INTERVAL, 0, Integer.MAX_VALUE);
        if (wait != null && heartbeat != null) {
            throw r.fault("Wait and HeartbeatInterval exclude each other");
        }
        ElementReader collections = r.optionalContainer(COLLECTIONS, COLLECTION);
        List<SyncRequest.Collection> list = null;
        if (collections != null) {
            list = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (ElementReader c : collections.containers(COLLECTION, COLLECTION_CHILDREN)) {
                SyncRequest.Collection collection = collection(c);
                if (!ids.add(collection.collectionId())) {
                    throw c.fault("collection " + collection.collectionId() + " is listed twice");
                }
                list.add(collection);
            }
            if (list.isEmpty()) {
                throw collections.fault("no Collection");
            }
        }
        return new SyncRequest(list, wait, heartbeat, r.integer(WINDOW_SIZE, 0, Integer.MAX_VALUE), r.flag(PARTIAL));
    }

    private static SyncRequest.Collection collection(ElementReader c) throws CommandException {
        String syncKey = c.requiredText(SYNC_KEY);
        String collectionId = c.requiredText(COLLECTION_ID);
        WbxmlElement supported = c.optional(SUPPORTED);
        List<Tag> supportedTags = null;
        if (supported != null) {
            supportedTags = new ArrayList<>();
            for (WbxmlElement property : supported.children()) {
                supportedTags.add(property.tag());
            }
        }
        List<SyncOptions> options = new ArrayList<>();
        Set<ItemClass> classes = new HashSet<>();
        boolean unclassed = false;
        for (ElementReader o : c.containers(OPTIONS, OPTIONS_CHILDREN)) {
            SyncOptions opt = options(o);
            boolean repeated = opt.itemClass() == null ? unclassed : classes.contains(opt.itemClass());
            if (repeated) {
                throw o.fault("Options for the same class given twice");
            }
            if (opt.itemClass() == null) {
                unclassed = true;
            } else {
                classes.add(opt.itemClass());
            }
            options.add(opt);
        }
        ElementReader commands = c.optionalContainer(COMMANDS, ADD, CHANGE, DELETE, FETCH);
        return new SyncRequest.Collection(syncKey, collectionId, c.itemClass(CLASS), supportedTags,
                c.bool(DELETES_AS_MOVES), c.bool(GET_CHANGES), c.integer(WINDOW_SIZE, 0, Integer.MAX_VALUE),
                Boolean.TRUE.equals(c.bool(CONVERSATION_MODE)), options,
                commands == null ? List.of() : commands(commands));
    }

    private static SyncOptions options(ElementReader o) throws CommandException {
        return new SyncOptions(o.itemClass(CLASS), o.ordinal(FILTER_TYPE, FilterType.values()),
                BodyPreferences.read(o, BODY_PREFERENCE), BodyPreferences.read(o, BODY_PART_PREFERENCE),
                o.integer(MIME_SUPPORT, 0, 2),
                o.integer(MIME_TRUNCATION, 0, 8), o.integer(CONFLICT, 0, 1), o.integer(MAX_ITEMS, 0, Integer.MAX_VALUE),
                o.bool(RIGHTS_MANAGEMENT_SUPPORT));
    }

    private static List<ClientCommand> commands(ElementReader commands) throws CommandException {
        List<ClientCommand> list = new ArrayList<>();
        for (WbxmlElement command : commands.element().children()) {
            Tag tag = command.tag();
            if (tag.equals(ADD)) {
                ElementReader a = ElementReader.of(command, BAD, CLASS, CLIENT_ID, APPLICATION_DATA);
                list.add(new SyncRequest.Add(a.itemClass(CLASS), a.requiredText(CLIENT_ID), data(a, true)));
            } else if (tag.equals(CHANGE)) {
                ElementReader ch = ElementReader.of(command, BAD, CLASS, SERVER_ID, INSTANCE_ID, APPLICATION_DATA);
                list.add(new SyncRequest.Change(ch.itemClass(CLASS), ch.requiredText(SERVER_ID), ch.text(INSTANCE_ID),
                        data(ch, true)));
            } else if (tag.equals(DELETE)) {
                ElementReader d = ElementReader.of(command, BAD, CLASS, SERVER_ID, INSTANCE_ID);
                list.add(new SyncRequest.Delete(d.itemClass(CLASS), d.requiredText(SERVER_ID), d.text(INSTANCE_ID)));
            } else if (tag.equals(FETCH)) {
                list.add(new SyncRequest.Fetch(ElementReader.of(command, BAD, SERVER_ID).requiredText(SERVER_ID)));
            }
        }
        return list;
    }

    /** ApplicationData must be a container (or empty); its contents are not checked here. */
    private static ApplicationData data(ElementReader r, boolean required) throws CommandException {
        WbxmlElement data = required ? r.required(APPLICATION_DATA) : r.optional(APPLICATION_DATA);
        if (data == null) {
            return null;
        }
        String value = data.textOrOpaqueAsString();
        if (value != null && !value.isEmpty()) {
            throw r.fault("ApplicationData must hold elements");
        }
        return new ApplicationData(data.children().isEmpty() ? WbxmlElement.empty(APPLICATION_DATA) : data);
    }

    /**
     * Writes a response. Collection children follow Exchange's order (SyncKey, CollectionId, Status,
     * Responses, MoreAvailable, Commands), which SyncResponse.xsd allows.
     */
    public static WbxmlElement encodeResponse(SyncResponse response, ProtocolVersion version) {
        ElementBuilder b = ElementBuilder.of(SYNC, version).status(STATUS, response.status()).integer(LIMIT,
                response.limit());
        if (response.collections() != null) {
            b.child(COLLECTIONS, cs -> response.collections().forEach(c -> cs.add(collection(c, cs))));
        }
        return b.build();
    }

    private static WbxmlElement collection(CollectionResponse c, ElementBuilder parent) {
        ElementBuilder b = parent.nested(COLLECTION)
                .text(SYNC_KEY, c.syncKey())
                .text(COLLECTION_ID, c.collectionId())
                .status(STATUS, c.status());
        if (!c.responses().isEmpty()) {
            b.child(RESPONSES, rs -> c.responses().forEach(r -> rs.add(result(r, rs))));
        }
        b.empty(MORE_AVAILABLE, c.moreAvailable());
        if (!c.commands().isEmpty()) {
            b.child(COMMANDS, cs -> c.commands().forEach(cmd -> cs.add(serverCommand(cmd, cs))));
        }
        return b.build();
    }

    private static WbxmlElement result(ClientResult r, ElementBuilder parent) {
        if (r instanceof AddResult a) {
            return parent.nested(ADD).text(CLASS, wire(a.itemClass())).text(CLIENT_ID, a.clientId())
                    .text(SERVER_ID, a.serverId()).status(STATUS, a.status()).add(element(a.data())).build();
        }
        if (r instanceof ChangeResult ch) {
            return parent.nested(CHANGE).text(CLASS, wire(ch.itemClass())).text(SERVER_ID, ch.serverId())
                    .text(INSTANCE_ID, ch.instanceId()).status(STATUS, ch.status()).build();
        }
        if (r instanceof DeleteResult d) {
            return parent.nested(DELETE).text(SERVER_ID, d.serverId()).text(INSTANCE_ID, d.instanceId())
                    .status(STATUS, d.status()).build();
        }
        FetchResult f = (FetchResult) r;
        return parent.nested(FETCH).text(SERVER_ID, f.serverId()).status(STATUS, f.status()).add(element(f.data()))
                .build();
    }

    private static WbxmlElement serverCommand(ServerCommand cmd, ElementBuilder parent) {
        if (cmd instanceof SyncResponse.Add a) {
            return parent.nested(ADD).text(SERVER_ID, a.serverId()).add(a.data().element()).build();
        }
        if (cmd instanceof SyncResponse.Change ch) {
            return parent.nested(CHANGE).text(CLASS, wire(ch.itemClass())).text(SERVER_ID, ch.serverId())
                    .add(ch.data().element()).build();
        }
        if (cmd instanceof SyncResponse.Delete d) {
            return parent.nested(DELETE).text(CLASS, wire(d.itemClass())).text(SERVER_ID, d.serverId()).build();
        }
        return parent.nested(SOFT_DELETE).text(SERVER_ID, ((SoftDelete) cmd).serverId()).build();
    }

    private static WbxmlElement element(ApplicationData data) {
        return data == null ? null : data.element();
    }

    private static String wire(ItemClass itemClass) {
        return itemClass == null ? null : itemClass.wire();
    }

    /** Client side: writes a request (children in the order of the specification's example). */
    public static WbxmlElement encodeRequest(SyncRequest request, ProtocolVersion version) {
        ElementBuilder b = ElementBuilder.of(SYNC, version);
        if (request.collections() != null) {
            b.child(COLLECTIONS, cs -> request.collections().forEach(c -> cs.child(COLLECTION, e -> {
                e.text(CLASS, wire(c.itemClass())).text(SYNC_KEY, c.syncKey()).text(COLLECTION_ID, c.collectionId());
                if (c.supported() != null) {
                    e.child(SUPPORTED, s -> c.supported().forEach(t -> s.empty(t, true)));
                }
                e.bool(DELETES_AS_MOVES, c.deletesAsMoves()).bool(GET_CHANGES, c.getChanges())
                        .integer(WINDOW_SIZE, c.windowSize()).empty(CONVERSATION_MODE, c.conversationMode());
                c.options().forEach(o -> e.child(OPTIONS, oe -> options(oe, o)));
                if (!c.commands().isEmpty()) {
                    e.child(COMMANDS, cmds -> c.commands().forEach(cmd -> cmds.add(clientCommand(cmd, cmds))));
                }
            })));
        }
        return b.integer(WAIT, request.waitMinutes()).integer(HEARTBEAT_INTERVAL, request.heartbeatInterval())
                .integer(WINDOW_SIZE, request.windowSize()).empty(PARTIAL, request.partial()).build();
    }

    private static void options(ElementBuilder e, SyncOptions o) {
        e.text(CLASS, wire(o.itemClass())).ordinal(FILTER_TYPE, o.filterType());
        BodyPreferences.write(e, BODY_PREFERENCE, o.bodyPreferences());
        BodyPreferences.write(e, BODY_PART_PREFERENCE, o.bodyPartPreferences());
        e.integer(MIME_SUPPORT, o.mimeSupport()).integer(MIME_TRUNCATION, o.mimeTruncation())
                .integer(CONFLICT, o.conflict()).integer(MAX_ITEMS, o.maxItems())
                .bool(RIGHTS_MANAGEMENT_SUPPORT, o.rightsManagementSupport());
    }

    private static WbxmlElement clientCommand(ClientCommand cmd, ElementBuilder parent) {
        if (cmd instanceof SyncRequest.Add a) {
            return parent.nested(ADD).text(CLASS, wire(a.itemClass())).text(CLIENT_ID, a.clientId())
                    .add(a.data().element()).build();
        }
        if (cmd instanceof SyncRequest.Change ch) {
            return parent.nested(CHANGE).text(CLASS, wire(ch.itemClass())).text(SERVER_ID, ch.serverId())
                    .text(INSTANCE_ID, ch.instanceId()).add(ch.data().element()).build();
        }
        if (cmd instanceof SyncRequest.Delete d) {
            return parent.nested(DELETE).text(CLASS, wire(d.itemClass())).text(SERVER_ID, d.serverId())
                    .text(INSTANCE_ID, d.instanceId()).build();
        }
        return parent.nested(FETCH).text(SERVER_ID, ((SyncRequest.Fetch) cmd).serverId()).build();
    }

    /** Client side: reads a response; faults carry Status 4. */
    public static SyncResponse decodeResponse(WbxmlElement root, ProtocolVersion version) throws CommandException {
        ElementReader r = ElementReader.root(root, SYNC, BAD, STATUS, LIMIT, COLLECTIONS);
        ElementReader collections = r.optionalContainer(COLLECTIONS, COLLECTION);
        List<CollectionResponse> list = null;
        if (collections != null) {
            list = new ArrayList<>();
            for (ElementReader c : collections.containers(COLLECTION, SYNC_KEY, COLLECTION_ID, STATUS, RESPONSES,
                    MORE_AVAILABLE, COMMANDS)) {
                ElementReader responses = c.optionalContainer(RESPONSES, ADD, CHANGE, DELETE, FETCH);
                ElementReader commands = c.optionalContainer(COMMANDS, ADD, CHANGE, DELETE, SOFT_DELETE);
                list.add(new CollectionResponse(c.text(SYNC_KEY), c.requiredText(COLLECTION_ID),
                        c.requiredStatus(STATUS, SyncStatus.values()),
                        responses == null ? List.of() : results(responses), c.flag(MORE_AVAILABLE),
                        commands == null ? List.of() : serverCommands(commands)));
            }
        }
        return new SyncResponse(r.status(STATUS, SyncStatus.values()), r.integer(LIMIT, 0, Integer.MAX_VALUE), list);
    }

    private static List<ClientResult> results(ElementReader responses) throws CommandException {
        List<ClientResult> list = new ArrayList<>();
        for (WbxmlElement e : responses.element().children()) {
            Tag tag = e.tag();
            ElementReader x = ElementReader.of(e, BAD, CLASS, CLIENT_ID, SERVER_ID, INSTANCE_ID, STATUS, APPLICATION_DATA);
            EasStatus status = x.requiredStatus(STATUS, SyncStatus.values());
            if (tag.equals(ADD)) {
                list.add(new AddResult(x.itemClass(CLASS), x.requiredText(CLIENT_ID), x.text(SERVER_ID), status,
                        data(x, false)));
            } else if (tag.equals(CHANGE)) {
                list.add(new ChangeResult(x.itemClass(CLASS), x.requiredText(SERVER_ID), x.text(INSTANCE_ID), status));
            } else if (tag.equals(DELETE)) {
                list.add(new DeleteResult(x.requiredText(SERVER_ID), x.text(INSTANCE_ID), status));
            } else if (tag.equals(FETCH)) {
                list.add(new FetchResult(x.text(SERVER_ID), status, data(x, false)));
            }
        }
        return list;
    }

    private static List<ServerCommand> serverCommands(ElementReader commands) throws CommandException {
        List<ServerCommand> list = new ArrayList<>();
        for (WbxmlElement e : commands.element().children()) {
            Tag tag = e.tag();
            ElementReader x = ElementReader.of(e, BAD, CLASS, SERVER_ID, APPLICATION_DATA);
            String serverId = x.requiredText(SERVER_ID);
            if (tag.equals(ADD)) {
                list.add(new SyncResponse.Add(serverId, data(x, true)));
            } else if (tag.equals(CHANGE)) {
                list.add(new SyncResponse.Change(x.itemClass(CLASS), serverId, data(x, true)));
            } else if (tag.equals(DELETE)) {
                list.add(new SyncResponse.Delete(x.itemClass(CLASS), serverId));
            } else if (tag.equals(SOFT_DELETE)) {
                list.add(new SoftDelete(serverId));
            }
        }
        return list;
    }
}
