package org.pushbox.protocol.command.itemoperations;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.pushbox.protocol.command.Range;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.sync.ApplicationData;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * The {@code Properties} of a Fetch result, carried as its WBXML children: an item's properties
 * (as in Sync's ApplicationData) or an attachment's ContentType, Range, Total and Data or Part.
 */
public record FetchProperties(List<WbxmlElement> elements) {

    static final Tag PROPERTIES = tag("Properties");
    static final Tag RANGE = tag("Range");
    static final Tag TOTAL = tag("Total");
    static final Tag DATA = tag("Data");
    static final Tag PART = tag("Part");
    static final Tag CONTENT_TYPE = CodePages.require("AirSyncBase", "ContentType");

    public FetchProperties {
        elements = List.copyOf(elements);
    }

    private static Tag tag(String name) {
        return CodePages.require("ItemOperations", name);
    }

    /** An item's properties, e.g. the ApplicationData the model layer built. */
    public static FetchProperties item(ApplicationData data) {
        return new FetchProperties(data.properties());
    }

    /**
     * An attachment inline: its content type, the range returned and the total size when a range
     * was asked for ({@code null} otherwise), and the bytes as base64 text.
     */
    public static FetchProperties attachment(String contentType, Range range, Long total, byte[] bytes) {
        List<WbxmlElement> list = header(contentType, range, total);
        list.add(WbxmlElement.text(DATA, Base64.getEncoder().encodeToString(bytes)));
        return new FetchProperties(list);
    }

    /** An attachment in a multipart response: {@code Part} names the body part that holds the raw bytes. */
    public static FetchProperties attachmentPart(String contentType, Range range, Long total, int part) {
        List<WbxmlElement> list = header(contentType, range, total);
        list.add(WbxmlElement.text(PART, Integer.toString(part)));
        return new FetchProperties(list);
    }

    private static List<WbxmlElement> header(String contentType, Range range, Long total) {
        List<WbxmlElement> list = new ArrayList<>();
        if (contentType != null) {
            list.add(WbxmlElement.text(CONTENT_TYPE, contentType));
        }
        if (range != null) {
            list.add(WbxmlElement.text(RANGE, range.toString()));
        }
        if (total != null) {
            list.add(WbxmlElement.text(TOTAL, total.toString()));
        }
        return list;
    }

    /** The first property with this tag, or {@code null}. */
    public WbxmlElement property(Tag tag) {
        return elements.stream().filter(e -> e.tag().equals(tag)).findFirst().orElse(null);
    }

    /** The inline attachment bytes ({@code Data}, base64 text or OPAQUE raw bytes), or {@code null}. */
    public byte[] data() {
        WbxmlElement data = property(DATA);
        if (data == null) {
            return null;
        }
        return data.isOpaque() ? data.opaque() : Base64.getMimeDecoder().decode(data.textOrOpaqueAsString());
    }

    WbxmlElement toElement() {
        return WbxmlElement.of(PROPERTIES, elements);
    }
}
