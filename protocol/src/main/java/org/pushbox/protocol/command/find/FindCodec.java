package org.pushbox.protocol.command.find;

import java.util.ArrayList;
import java.util.List;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.CommonStatus;
import org.pushbox.protocol.command.EasStatus;
import org.pushbox.protocol.command.ElementBuilder;
import org.pushbox.protocol.command.ElementReader;
import org.pushbox.protocol.command.PictureOptions;
import org.pushbox.protocol.command.find.FindRequest.Criterion;
import org.pushbox.protocol.command.find.FindRequest.Gal;
import org.pushbox.protocol.command.find.FindRequest.Mailbox;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

/** Find ([MS-ASCMD] 2.2.1.x, 16.1 only). */
public final class FindCodec {

    private static final Tag FIND = tag("Find");
    private static final Tag SEARCH_ID = tag("SearchId");
    private static final Tag EXECUTE_SEARCH = tag("ExecuteSearch");
    private static final Tag MAILBOX_SEARCH_CRITERION = tag("MailBoxSearchCriterion");
    private static final Tag GAL_SEARCH_CRITERION = tag("GALSearchCriterion");
    private static final Tag QUERY = tag("Query");
    private static final Tag STATUS = tag("Status");
    private static final Tag FREE_TEXT = tag("FreeText");
    private static final Tag OPTIONS = tag("Options");
    private static final Tag RANGE = tag("Range");
    private static final Tag DEEP_TRAVERSAL = tag("DeepTraversal");
    private static final Tag RESPONSE = tag("Response");
    private static final Tag RESULT = tag("Result");
    private static final Tag PROPERTIES = tag("Properties");
    private static final Tag TOTAL = tag("Total");
    private static final Tag PICTURE = tag("Picture");
    private static final Tag MAX_SIZE = tag("MaxSize");
    private static final Tag MAX_PICTURES = tag("MaxPictures");
    private static final Tag CLASS = CodePages.require("AirSync", "Class");
    private static final Tag SERVER_ID = CodePages.require("AirSync", "ServerId");
    private static final Tag COLLECTION_ID = CodePages.require("AirSync", "CollectionId");
    private static final Tag STORE = CodePages.require("ItemOperations", "Store");
    private static final EasStatus BAD = FindStatus.INVALID_REQUEST;

    private FindCodec() {
    }

    private static Tag tag(String name) {
        return CodePages.require("Find", name);
    }

    /**
     * Reads a request. Before 16.1 Find does not exist: common status 138. Faults give Status 2: no
     * SearchId or ExecuteSearch, not exactly one criterion, a Query without FreeText, a malformed
     * Range, an unknown Class or element.
     */
    public static FindRequest decodeRequest(WbxmlElement root, ProtocolVersion version) throws CommandException {
        if (!version.atLeast(ProtocolVersion.V16_1)) {
            throw new CommandException(CommonStatus.VERSION_NOT_SUPPORTED, "Find needs protocol 16.1, got " + version);
        }
        ElementReader r = ElementReader.root(root, FIND, BAD, SEARCH_ID, EXECUTE_SEARCH);
        ElementReader search = r.requiredContainer(EXECUTE_SEARCH, MAILBOX_SEARCH_CRITERION, GAL_SEARCH_CRITERION);
        ElementReader mailbox = search.optionalContainer(MAILBOX_SEARCH_CRITERION, QUERY, OPTIONS);
        ElementReader gal = search.optionalContainer(GAL_SEARCH_CRITERION, QUERY, OPTIONS);
        if ((mailbox == null) == (gal == null)) {
            throw search.fault("needs exactly one of MailBoxSearchCriterion and GALSearchCriterion");
        }
        Criterion criterion;
        if (mailbox != null) {
            ElementReader q = mailbox.requiredContainer(QUERY, CLASS, COLLECTION_ID, FREE_TEXT);
            ElementReader o = mailbox.optionalContainer(OPTIONS, RANGE, DEEP_TRAVERSAL);
            criterion = new Mailbox(q.itemClass(CLASS), q.text(COLLECTION_ID), q.requiredText(FREE_TEXT),
                    o == null ? null : o.range(RANGE), o != null && o.flag(DEEP_TRAVERSAL));
        } else {
            ElementReader q = gal.requiredContainer(QUERY, FREE_TEXT);
            ElementReader o = gal.optionalContainer(OPTIONS, RANGE, PICTURE);
            criterion = new Gal(q.requiredText(FREE_TEXT), o == null ? null : o.range(RANGE),
                    o == null ? null : PictureOptions.read(o, PICTURE, MAX_SIZE, MAX_PICTURES));
        }
        return new FindRequest(r.requiredText(SEARCH_ID), criterion);
    }

    public static WbxmlElement encodeResponse(FindResponse response, ProtocolVersion version) {
        ElementBuilder b = ElementBuilder.of(FIND, version).status(STATUS, response.status());
        FindResponse.Response r = response.response();
        if (r != null) {
            b.child(RESPONSE, e -> {
                e.text(STORE, r.store()).status(STATUS, r.status());
                r.results().forEach(result -> e.child(RESULT, x -> x
                        .text(CLASS, result.itemClass() == null ? null : result.itemClass().wire())
                        .text(SERVER_ID, result.serverId()).text(COLLECTION_ID, result.collectionId())
                        .add(WbxmlElement.of(PROPERTIES, result.properties()))));
                e.text(RANGE, r.range() == null ? null : r.range().toString()).integer(TOTAL, r.total());
            });
        }
        return b.build();
    }

    public static WbxmlElement encodeRequest(FindRequest request, ProtocolVersion version) {
        return ElementBuilder.of(FIND, version).text(SEARCH_ID, request.searchId()).child(EXECUTE_SEARCH, s -> {
            Criterion c = request.criterion();
            String range = c.range() == null ? null : c.range().toString();
            if (c instanceof Mailbox m) {
                s.child(MAILBOX_SEARCH_CRITERION, x -> x.child(QUERY, q -> q
                        .text(CLASS, m.itemClass() == null ? null : m.itemClass().wire())
                        .text(COLLECTION_ID, m.collectionId()).text(FREE_TEXT, m.freeText()))
                        .child(OPTIONS, o -> o.text(RANGE, range).empty(DEEP_TRAVERSAL, m.deepTraversal())));
            } else if (c instanceof Gal g) {
                s.child(GAL_SEARCH_CRITERION, x -> x.child(QUERY, q -> q.text(FREE_TEXT, g.freeText()))
                        .child(OPTIONS, o -> {
                            o.text(RANGE, range);
                            PictureOptions.write(o, g.picture(), PICTURE, MAX_SIZE, MAX_PICTURES);
                        }));
            }
        }).build();
    }

    public static FindResponse decodeResponse(WbxmlElement root, ProtocolVersion version) throws CommandException {
        ElementReader r = ElementReader.root(root, FIND, BAD, STATUS, RESPONSE);
        ElementReader e = r.optionalContainer(RESPONSE, STORE, STATUS, RESULT, RANGE, TOTAL);
        FindResponse.Response response = null;
        if (e != null) {
            List<FindResponse.Result> results = new ArrayList<>();
            for (ElementReader x : e.containers(RESULT, CLASS, SERVER_ID, COLLECTION_ID, PROPERTIES)) {
                results.add(new FindResponse.Result(x.itemClass(CLASS), x.text(SERVER_ID), x.text(COLLECTION_ID),
                        x.required(PROPERTIES).children()));
            }
            response = new FindResponse.Response(e.text(STORE), e.requiredStatus(STATUS, FindStatus.values()), results,
                    e.range(RANGE), e.integer(TOTAL, 0, Integer.MAX_VALUE));
        }
        return new FindResponse(r.requiredStatus(STATUS, FindStatus.values()), response);
    }
}
