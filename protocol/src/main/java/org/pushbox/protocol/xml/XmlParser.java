package org.pushbox.protocol.xml;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.pushbox.protocol.codepage.CodePage;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.protocol.wbxml.WbxmlLimits;

/**
 * Parses the XML form back into a tree with the JDK's StAX parser, DTDs and external entities
 * disabled (a DOCTYPE or an entity reference is an error, so XXE and entity expansion cannot happen).
 */
final class XmlParser {

    /** One open element: its tag, the marker, its text and its children so far. */
    private static final class Open {
        final Tag tag;
        final String marker;
        final StringBuilder text = new StringBuilder();
        final List<WbxmlElement> children = new ArrayList<>();

        Open(Tag tag, String marker) {
            this.tag = tag;
            this.marker = marker;
        }
    }

    private final XMLStreamReader reader;
    private final WbxmlLimits limits;

    private XmlParser(XMLStreamReader reader, WbxmlLimits limits) {
        this.reader = reader;
        this.limits = limits;
    }

    static XMLInputFactory safeFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }

    static WbxmlElement parse(XMLStreamReader reader, WbxmlLimits limits) throws WbxmlXmlException {
        try {
            return new XmlParser(reader, limits).document();
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            throw new WbxmlXmlException("not well-formed XML: " + e.getMessage(),
                    at == null ? -1 : at.getLineNumber(), at == null ? -1 : at.getColumnNumber(), e);
        } finally {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing to release beyond the parser's own buffers
            }
        }
    }

    private WbxmlElement document() throws XMLStreamException, WbxmlXmlException {
        List<Open> stack = new ArrayList<>();
        WbxmlElement root = null;
        int elements = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT:
                    if (stack.size() == limits.maxDepth()) {
                        throw error("elements nest deeper than " + limits.maxDepth());
                    }
                    if (++elements > limits.maxElements()) {
                        throw error("more than " + limits.maxElements() + " elements");
                    }
                    if (!stack.isEmpty()) {
                        Open parent = stack.get(stack.size() - 1);
                        if (parent.marker != null) {
                            throw error("<" + parent.tag + "> has wbxml:content=\"" + parent.marker
                                    + "\" and cannot hold child elements");
                        }
                        requireBlank(parent, "before a child element");
                    }
                    stack.add(new Open(tag(), marker()));
                    break;
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                case XMLStreamConstants.SPACE:
                    if (!stack.isEmpty()) {
                        Open current = stack.get(stack.size() - 1);
                        current.text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                        if (current.text.length() > limits.maxStringBytes()) {
                            throw error("text longer than " + limits.maxStringBytes() + " characters");
                        }
                    }
                    break;
                case XMLStreamConstants.END_ELEMENT:
                    WbxmlElement done = finish(stack.remove(stack.size() - 1));
                    if (stack.isEmpty()) {
                        root = done;
                    } else {
                        stack.get(stack.size() - 1).children.add(done);
                    }
                    break;
                case XMLStreamConstants.DTD:
                    throw error("a DOCTYPE is not allowed (no DTDs, no entities)");
                case XMLStreamConstants.ENTITY_REFERENCE:
                    throw error("entity reference &" + reader.getLocalName() + "; is not allowed");
                default:
                    break; // comments, processing instructions, document start and end
            }
        }
        if (root == null) {
            throw error("no root element");
        }
        return root;
    }

    private Tag tag() throws WbxmlXmlException {
        String namespace = reader.getNamespaceURI();
        String name = reader.getLocalName();
        if (namespace == null || namespace.isEmpty()) {
            throw error("<" + name + "> has no namespace; declare the code page, e.g. xmlns=\"AirSync\"");
        }
        CodePage page = CodePages.page(namespace);
        if (page == null) {
            throw error("namespace \"" + namespace + "\" of <" + name + "> is not an EAS code page");
        }
        Tag tag = page.tag(name);
        if (tag == null) {
            throw error("<" + name + "> is not an element of code page " + page.number() + " (" + namespace + ")");
        }
        return tag;
    }

    private String marker() throws WbxmlXmlException {
        String marker = null;
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String ns = reader.getAttributeNamespace(i);
            String name = reader.getAttributeLocalName(i);
            if (!XmlForm.NAMESPACE.equals(ns) || !XmlForm.CONTENT.equals(name)) {
                throw error("attribute " + (ns == null || ns.isEmpty() ? "" : "{" + ns + "}") + name
                        + " is not allowed; EAS elements have no attributes (only wbxml:content)");
            }
            marker = reader.getAttributeValue(i);
            switch (marker) {
                case XmlForm.STRING:
                case XmlForm.OPAQUE:
                case XmlForm.OPAQUE_BASE64:
                case XmlForm.STRING_BASE64:
                    break;
                default:
                    throw error("wbxml:content=\"" + marker + "\" is not one of string, opaque, opaque-base64, string-base64");
            }
        }
        return marker;
    }

    private WbxmlElement finish(Open e) throws WbxmlXmlException {
        String text = e.text.toString();
        if (!e.children.isEmpty()) {
            requireBlank(e, "after a child element");
            return WbxmlElement.of(e.tag, e.children);
        }
        if (e.marker == null) {
            return text.isEmpty() ? WbxmlElement.empty(e.tag) : textElement(e.tag, text);
        }
        switch (e.marker) {
            case XmlForm.STRING:
                return textElement(e.tag, text);
            case XmlForm.OPAQUE:
                return WbxmlElement.opaque(e.tag, text.getBytes(StandardCharsets.UTF_8));
            case XmlForm.OPAQUE_BASE64:
                return WbxmlElement.opaque(e.tag, base64(e.tag, text));
            default:
                return textElement(e.tag, utf8(e.tag, base64(e.tag, text)));
        }
    }

    private WbxmlElement textElement(Tag tag, String text) throws WbxmlXmlException {
        try {
            return WbxmlElement.text(tag, text);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    private byte[] base64(Tag tag, String text) throws WbxmlXmlException {
        try {
            return Base64.getDecoder().decode(text.replaceAll("[ \t\r\n]", ""));
        } catch (IllegalArgumentException e) {
            throw error("<" + tag + "> is not valid base64: " + e.getMessage());
        }
    }

    private String utf8(Tag tag, byte[] bytes) throws WbxmlXmlException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw error("<" + tag + "> string-base64 value is not UTF-8");
        }
    }

    private void requireBlank(Open e, String where) throws WbxmlXmlException {
        for (int i = 0; i < e.text.length(); i++) {
            char c = e.text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                throw error("<" + e.tag + "> mixes text and child elements (text " + where + "); EAS never does");
            }
        }
        e.text.setLength(0);
    }

    private WbxmlXmlException error(String message) {
        Location at = reader.getLocation();
        return new WbxmlXmlException(message, at == null ? -1 : at.getLineNumber(), at == null ? -1 : at.getColumnNumber());
    }
}
