package org.pushbox.protocol.command.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.Bytes;
import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.EasStatus;
import org.pushbox.protocol.command.ElementBuilder;
import org.pushbox.protocol.command.ElementReader;
import org.pushbox.protocol.command.PictureOptions;
import org.pushbox.protocol.command.sync.BodyPreferences;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

/** Search ([MS-ASCMD] 2.2.1.16): GAL, Mailbox and DocumentLibrary stores. */
public final class SearchCodec {

    private static final Tag SEARCH = tag("Search");
    private static final Tag STORE = tag("Store");
    private static final Tag NAME = tag("Name");
    private static final Tag QUERY = tag("Query");
    private static final Tag OPTIONS = tag("Options");
    private static final Tag RANGE = tag("Range");
    private static final Tag STATUS = tag("Status");
    private static final Tag RESPONSE = tag("Response");
    private static final Tag RESULT = tag("Result");
    private static final Tag PROPERTIES = tag("Properties");
    private static final Tag TOTAL = tag("Total");
    private static final Tag EQUAL_TO = tag("EqualTo");
    private static final Tag VALUE = tag("Value");
    private static final Tag AND = tag("And");
    private static final Tag OR = tag("Or");
    private static final Tag FREE_TEXT = tag("FreeText");
    private static final Tag DEEP_TRAVERSAL = tag("DeepTraversal");
    private static final Tag LONG_ID = tag("LongId");
    private static final Tag REBUILD_RESULTS = tag("RebuildResults");
    private static final Tag LESS_THAN = tag("LessThan");
    private static final Tag GREATER_THAN = tag("GreaterThan");
    private static final Tag USER_NAME = tag("UserName");
    private static final Tag PASSWORD = tag("Password");
    private static final Tag CONVERSATION_ID = tag("ConversationId");
    private static final Tag PICTURE = tag("Picture");
    private static final Tag MAX_SIZE = tag("MaxSize");
    private static final Tag MAX_PICTURES = tag("MaxPictures");
    private static final Tag CLASS = CodePages.require("AirSync", "Class");
    private static final Tag COLLECTION_ID = CodePages.require("AirSync", "CollectionId");
    private static final Tag MIME_SUPPORT = CodePages.require("AirSync", "MIMESupport");
    private static final Tag DATE_RECEIVED = CodePages.require("Email", "DateReceived");
    private static final Tag LINK_ID = CodePages.require("DocumentLibrary", "LinkId");
    private static final Tag RM_SUPPORT = CodePages.require("RightsManagement", "RightsManagementSupport");
    private static final EasStatus BAD = SearchStatus.INVALID_REQUEST;

    private SearchCodec() {
    }

    private static Tag tag(String name) {
        return CodePages.require("Search", name);
    }

    /**
     * Reads a request. Status 8 for queries Exchange does not run either (Or, nested And, conditions
     * outside And); Status 2 for structural faults (no Store, Name or Query, a malformed Range or
     * date, an unknown Class, an unknown element).
     */
    public static SearchRequest decodeRequest(WbxmlElement root, ProtocolVersion version) throws CommandException {
        ElementReader store = ElementReader.root(root, SEARCH, BAD, STORE).requiredContainer(STORE, NAME, QUERY, OPTIONS);
        ElementReader options = store.optionalContainer(OPTIONS, RANGE, DEEP_TRAVERSAL, REBUILD_RESULTS, USER_NAME,
                PASSWORD, MIME_SUPPORT, BodyPreferences.BODY_PREFERENCE, BodyPreferences.BODY_PART_PREFERENCE, RM_SUPPORT,
                PICTURE);
        return new SearchRequest(store.requiredText(NAME), query(store), options == null ? null : options(options));
    }

    private static SearchRequest.Options options(ElementReader o) throws CommandException {
        return new SearchRequest.Options(o.range(RANGE), o.flag(DEEP_TRAVERSAL), o.flag(REBUILD_RESULTS),
                o.text(USER_NAME), o.text(PASSWORD), o.integer(MIME_SUPPORT, 0, 2),
                BodyPreferences.read(o, BodyPreferences.BODY_PREFERENCE),
                BodyPreferences.read(o, BodyPreferences.BODY_PART_PREFERENCE), o.bool(RM_SUPPORT),
                PictureOptions.read(o, PICTURE, MAX_SIZE, MAX_PICTURES));
    }

    private static SearchQuery query(ElementReader store) throws CommandException {
        WbxmlElement query = store.required(QUERY);
        String text = query.textOrOpaqueAsString();
        if (text != null) {
            return new SearchQuery.Text(text);
        }
        if (query.children().size() != 1) {
            throw new CommandException(SearchStatus.TOO_COMPLEX, "Query must hold one condition");
        }
        WbxmlElement condition = query.children().get(0);
        Tag tag = condition.tag();
        if (tag.equals(AND)) {
            return mailbox(condition);
        }
        if (tag.equals(CONVERSATION_ID)) {
            return new SearchQuery.Conversation(Bytes.of(ElementReader.of(query, BAD, CONVERSATION_ID)
                    .requiredBytes(CONVERSATION_ID)));
        }
        if (tag.equals(EQUAL_TO)) {
            ElementReader e = ElementReader.of(condition, BAD, LINK_ID, VALUE);
            e.required(LINK_ID);
            return new SearchQuery.DocumentLibrary(e.requiredText(VALUE));
        }
        throw new CommandException(SearchStatus.TOO_COMPLEX, "<" + tag + "> is not a supported condition");
    }

    private static SearchQuery mailbox(WbxmlElement and) throws CommandException {
        for (WbxmlElement c : and.children()) {
            if (c.tag().equals(AND) || c.tag().equals(OR) || c.tag().equals(EQUAL_TO)) {
                throw new CommandException(SearchStatus.TOO_COMPLEX, "nested <" + c.tag() + ">");
            }
        }
        ElementReader a = ElementReader.of(and, BAD, CLASS, COLLECTION_ID, FREE_TEXT, GREATER_THAN, LESS_THAN);
        return new SearchQuery.Mailbox(a.itemClass(CLASS), a.texts(COLLECTION_ID), a.text(FREE_TEXT),
                bound(a, GREATER_THAN), bound(a, LESS_THAN));
    }

    private static Instant bound(ElementReader and, Tag tag) throws CommandException {
        ElementReader b = and.optionalContainer(tag, DATE_RECEIVED, VALUE);
        if (b == null) {
            return null;
        }
        b.required(DATE_RECEIVED);
        b.required(VALUE);
        return b.dateTime(VALUE);
    }

    public static WbxmlElement encodeResponse(SearchResponse response, ProtocolVersion version) {
        ElementBuilder b = ElementBuilder.of(SEARCH, version).status(STATUS, response.status());
        SearchResponse.Store s = response.store();
        if (s != null) {
            b.child(RESPONSE, r -> r.child(STORE, st -> {
                st.status(STATUS, s.status());
                s.results().forEach(result -> st.child(RESULT, e -> {
                    e.text(CLASS, result.itemClass() == null ? null : result.itemClass().wire())
                            .text(LONG_ID, result.longId()).text(COLLECTION_ID, result.collectionId());
                    if (result.properties() != null) {
                        e.add(WbxmlElement.of(PROPERTIES, result.properties()));
                    }
                }));
                st.text(RANGE, s.range() == null ? null : s.range().toString()).integer(TOTAL, s.total());
            }));
        }
        return b.build();
    }

    public static WbxmlElement encodeRequest(SearchRequest request, ProtocolVersion version) {
        return ElementBuilder.of(SEARCH, version).child(STORE, s -> {
            s.text(NAME, request.storeName()).add(queryElement(request.query(), s));
            SearchRequest.Options o = request.options();
            if (o != null) {
                s.child(OPTIONS, e -> {
                    e.text(RANGE, o.range() == null ? null : o.range().toString()).empty(DEEP_TRAVERSAL, o.deepTraversal())
                            .empty(REBUILD_RESULTS, o.rebuildResults()).text(USER_NAME, o.userName())
                            .text(PASSWORD, o.password()).integer(MIME_SUPPORT, o.mimeSupport());
                    BodyPreferences.write(e, BodyPreferences.BODY_PREFERENCE, o.bodyPreferences());
                    BodyPreferences.write(e, BodyPreferences.BODY_PART_PREFERENCE, o.bodyPartPreferences());
                    e.bool(RM_SUPPORT, o.rightsManagementSupport());
                    PictureOptions.write(e, o.picture(), PICTURE, MAX_SIZE, MAX_PICTURES);
                });
            }
        }).build();
    }

    private static WbxmlElement queryElement(SearchQuery query, ElementBuilder parent) {
        ElementBuilder q = parent.nested(QUERY);
        if (query instanceof SearchQuery.Text t) {
            return WbxmlElement.text(QUERY, t.text());
        } else if (query instanceof SearchQuery.Mailbox m) {
            q.child(AND, a -> {
                a.text(CLASS, m.itemClass() == null ? null : m.itemClass().wire()).texts(COLLECTION_ID, m.collectionIds())
                        .text(FREE_TEXT, m.freeText());
                if (m.receivedAfter() != null) {
                    a.child(GREATER_THAN, g -> g.empty(DATE_RECEIVED, true).dateTime(VALUE, m.receivedAfter()));
                }
                if (m.receivedBefore() != null) {
                    a.child(LESS_THAN, g -> g.empty(DATE_RECEIVED, true).dateTime(VALUE, m.receivedBefore()));
                }
            });
        } else if (query instanceof SearchQuery.Conversation c) {
            q.opaque(CONVERSATION_ID, c.conversationId().toArray());
        } else if (query instanceof SearchQuery.DocumentLibrary d) {
            q.child(EQUAL_TO, e -> e.empty(LINK_ID, true).text(VALUE, d.value()));
        }
        return q.build();
    }

    /** Client side: reads a response; faults carry Status 2. */
    public static SearchResponse decodeResponse(WbxmlElement root, ProtocolVersion version) throws CommandException {
        ElementReader r = ElementReader.root(root, SEARCH, BAD, STATUS, RESPONSE);
        ElementReader response = r.optionalContainer(RESPONSE, STORE);
        SearchResponse.Store store = null;
        if (response != null) {
            ElementReader s = response.requiredContainer(STORE, STATUS, RESULT, RANGE, TOTAL);
            List<SearchResponse.Result> results = new ArrayList<>();
            for (ElementReader e : s.containers(RESULT, CLASS, LONG_ID, COLLECTION_ID, PROPERTIES)) {
                WbxmlElement properties = e.optional(PROPERTIES);
                results.add(new SearchResponse.Result(e.itemClass(CLASS), e.text(LONG_ID), e.text(COLLECTION_ID),
                        properties == null ? null : properties.children()));
            }
            store = new SearchResponse.Store(s.requiredStatus(STATUS, SearchStatus.values()), results, s.range(RANGE),
                    s.integer(TOTAL, 0, Integer.MAX_VALUE));
        }
        return new SearchResponse(r.requiredStatus(STATUS, SearchStatus.values()), store);
    }
}
