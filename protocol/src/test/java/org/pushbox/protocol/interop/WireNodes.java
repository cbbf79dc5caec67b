package org.pushbox.protocol.interop;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.pushbox.protocol.interop.Libwbxml.Node;
import org.pushbox.protocol.interop.LibwbxmlNames.PageToken;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * Our trees in the two shapes the libwbxml comparisons need: a flat list of (depth, page, token,
 * value) nodes, and XML written with libwbxml's names and namespaces for xml2wbxml.
 */
final class WireNodes {

    private WireNodes() {
    }

    /**
     * The nodes of {@code root} as libwbxml shows them: OPAQUE as base64 (it does so for the
     * elements of {@link Libwbxml#BASE64_ELEMENTS}, the only ones these tests send as OPAQUE), text
     * with CR normalised as XML parsing does and with leading and trailing whitespace trimmed as
     * libwbxml does.
     */
    static List<Node> asLibwbxmlShowsThem(WbxmlElement root) {
        List<Node> nodes = new ArrayList<>();
        add(root, 1, nodes);
        return nodes;
    }

    private static void add(WbxmlElement e, int depth, List<Node> nodes) {
        String value;
        switch (e.content()) {
            case TEXT:
                value = e.text().replace("\r\n", "\n").replace('\r', '\n').strip();
                break;
            case OPAQUE:
                value = Base64.getEncoder().encodeToString(e.opaque());
                break;
            default:
                value = "";
        }
        nodes.add(new Node(depth, new PageToken(e.tag().page(), e.tag().token()), value));
        for (WbxmlElement child : e.children()) {
            add(child, depth + 1, nodes);
        }
    }

    /**
     * {@code root} as XML with libwbxml's names: a default namespace declaration wherever the code
     * page differs from the parent's, as wbxml2xml writes it; OPAQUE as base64 text.
     */
    static String libwbxmlXml(WbxmlElement root, LibwbxmlNames names) {
        StringBuilder xml = Libwbxml.xmlDocument();
        write(root, -1, names, xml);
        return xml.append('\n').toString();
    }

    private static void write(WbxmlElement e, int parentPage, LibwbxmlNames names, StringBuilder xml) {
        int page = e.tag().page();
        String name = names.name(page, e.tag().token());
        if (name == null) {
            throw new IllegalArgumentException("libwbxml has no name for " + e.tag());
        }
        xml.append('<').append(name);
        if (page != parentPage) {
            xml.append(" xmlns=\"").append(names.namespace(page)).append('"');
        }
        switch (e.content()) {
            case EMPTY:
                xml.append("/>");
                return;
            case TEXT:
                xml.append('>');
                escape(e.text(), xml);
                break;
            case OPAQUE:
                xml.append('>').append(Base64.getEncoder().encodeToString(e.opaque()));
                break;
            default:
                xml.append('>');
                for (WbxmlElement child : e.children()) {
                    write(child, page, names, xml);
                }
        }
        xml.append("</").append(name).append('>');
    }

    private static void escape(String text, StringBuilder xml) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<': xml.append("&lt;"); break;
                case '>': xml.append("&gt;"); break;
                case '&': xml.append("&amp;"); break;
                case '\r': xml.append("&#13;"); break;
                default: xml.append(c);
            }
        }
    }
}
