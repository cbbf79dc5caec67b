package org.pushbox.server.command.itemoperations;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.itemoperations.FetchProperties;
import org.pushbox.protocol.command.itemoperations.ItemOperationsResponse.FetchResult;
import org.pushbox.protocol.command.itemoperations.MultiPartResponse;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.server.http.CommandResponse;

/**
 * The binary parts of one multipart ItemOperations answer (MS-ASAcceptMultiPart): part 0 is the WBXML
 * response, added last, once every Fetch has been answered and its Part index is known; parts 1.. are
 * attachments and item bodies in request order.
 */
final class MultiParts {

    private static final Tag BODY = CodePages.require("AirSyncBase", "Body");
    private static final Tag DATA = CodePages.require("AirSyncBase", "Data");
    private static final Tag PART = CodePages.require("ItemOperations", "Part");

    private final List<MultiPartResponse.Part> parts = new ArrayList<>();
    private long bytes;

    /** The index the next part gets. */
    int nextIndex() {
        return parts.size() + 1;
    }

    /** How many more bytes the parts may take before the 4-byte offsets overflow (with room for the WBXML). */
    long room() {
        return MultiPartResponse.MAX_BODY_BYTES - (64L << 20) - bytes;
    }

    int add(MultiPartResponse.Part part) {
        parts.add(part);
        bytes += part.length();
        return parts.size();
    }

    /**
     * An item Fetch's result with its {@code airsyncbase:Body/Data} moved into a part and replaced by
     * {@code Part} ([MS-ASAIRS] 2.2.2.33). The body is already rendered in memory, so its part is too.
     */
    FetchResult bodyAsPart(FetchResult result) {
        if (result.properties() == null) {
            return result;
        }
        List<WbxmlElement> elements = new ArrayList<>();
        for (WbxmlElement e : result.properties().elements()) {
            WbxmlElement data = e.tag().equals(BODY) ? e.child(DATA) : null;
            if (data == null) {
                elements.add(e);
                continue;
            }
            byte[] content = data.isOpaque() ? data.opaque() : data.text().getBytes(StandardCharsets.UTF_8);
            int index = add(MultiPartResponse.bytes(content));
            List<WbxmlElement> children = new ArrayList<>();
            for (WbxmlElement child : e.children()) {
                children.add(child == data ? WbxmlElement.text(PART, Integer.toString(index)) : child);
            }
            elements.add(WbxmlElement.of(BODY, children));
        }
        return new FetchResult(result.status(), result.collectionId(), result.serverId(), result.longId(),
                result.itemClass(), result.linkId(), result.fileReference(), new FetchProperties(elements));
    }

    /** The streamed HTTP answer: the WBXML {@code document} as part 0, then the collected parts. */
    CommandResponse response(WbxmlElement document) {
        List<MultiPartResponse.Part> all = new ArrayList<>();
        all.add(MultiPartResponse.bytes(Wbxml.encode(document)));
        all.addAll(parts);
        MultiPartResponse body = MultiPartResponse.of(all);
        return CommandResponse.stream(MultiPartResponse.CONTENT_TYPE, body.length(), body::open);
    }
}
