package org.pushbox.protocol.xml;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.BitSet;
import org.pushbox.protocol.codepage.CodePage;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * Prints a tree as indented XML: the root's page is the default namespace, every other page
 * used gets its prefix declared on the root. Text is escaped so that it parses back exactly.
 */
final class XmlPrinter {

    private final StringBuilder out = new StringBuilder(1024);
    private int defaultPage;

    private XmlPrinter() {
    }

    static String print(WbxmlElement root) {
        return new XmlPrinter().document(root);
    }

    private String document(WbxmlElement root) {
        defaultPage = root.tag().page();
        BitSet pages = new BitSet();
        boolean[] marked = {false};
        scan(root, pages, marked);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append('<').append(root.tag().name()).append(" xmlns=\"").append(root.tag().namespace()).append('"');
        for (int p = pages.nextSetBit(0); p >= 0; p = pages.nextSetBit(p + 1)) {
            if (p != defaultPage) {
                CodePage page = CodePages.page(p);
                out.append(" xmlns:").append(page.prefix()).append("=\"").append(page.namespace()).append('"');
            }
        }
        if (marked[0]) {
            out.append(" xmlns:").append(XmlForm.PREFIX).append("=\"").append(XmlForm.NAMESPACE).append('"');
        }
        body(root, 0);
        out.append('\n');
        return out.toString();
    }

    private static void scan(WbxmlElement e, BitSet pages, boolean[] marked) {
        pages.set(e.tag().page());
        if (e.content() == WbxmlElement.Content.OPAQUE
                || e.content() == WbxmlElement.Content.TEXT && (e.text().isEmpty() || !XmlForm.representable(e.text()))) {
            marked[0] = true;
        }
        for (WbxmlElement c : e.children()) {
            scan(c, pages, marked);
        }
    }

    private void element(WbxmlElement e, int indent) {
        out.append('\n');
        for (int i = 0; i < indent; i++) {
            out.append("  ");
        }
        out.append('<');
        name(e);
        body(e, indent);
    }

    /** Everything after the element's name: marker attribute, content and end tag. */
    private void body(WbxmlElement e, int indent) {
        switch (e.content()) {
            case EMPTY:
                out.append("/>");
                return;
            case TEXT:
                if (e.text().isEmpty()) {
                    marker(XmlForm.STRING).append("/>");
                    return;
                }
                if (XmlForm.representable(e.text())) {
                    out.append('>');
                    escape(e.text());
                } else {
                    marker(XmlForm.STRING_BASE64).append('>');
                    out.append(Base64.getEncoder().encodeToString(e.text().getBytes(StandardCharsets.UTF_8)));
                }
                break;
            case OPAQUE:
                String asText = utf8Text(e.opaque());
                if (asText != null) {
                    marker(XmlForm.OPAQUE).append('>');
                    escape(asText);
                } else {
                    marker(XmlForm.OPAQUE_BASE64).append('>');
                    out.append(Base64.getEncoder().encodeToString(e.opaque()));
                }
                break;
            default:
                out.append('>');
                for (WbxmlElement c : e.children()) {
                    element(c, indent + 1);
                }
                out.append('\n');
                for (int i = 0; i < indent; i++) {
                    out.append("  ");
                }
        }
        out.append("</");
        name(e);
        out.append('>');
    }

    private void name(WbxmlElement e) {
        if (e.tag().page() != defaultPage) {
            out.append(e.tag().codePage().prefix()).append(':');
        }
        out.append(e.tag().name());
    }

    private StringBuilder marker(String value) {
        return out.append(' ').append(XmlForm.PREFIX).append(':').append(XmlForm.CONTENT).append("=\"")
                .append(value).append('"');
    }

    /** The bytes as text if they are UTF-8 that XML can carry and that is not empty, else null. */
    private static String utf8Text(byte[] bytes) {
        if (bytes.length == 0) {
            return null;
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return XmlForm.representable(s) ? s : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private void escape(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '\r':
                    out.append("&#13;"); // a literal CR would be normalised away by the parser
                    break;
                default:
                    out.append(c);
            }
        }
    }
}
