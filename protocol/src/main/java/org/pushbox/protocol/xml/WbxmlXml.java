package org.pushbox.protocol.xml;

import java.io.InputStream;
import java.io.StringReader;
import javax.xml.stream.XMLStreamException;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.protocol.wbxml.WbxmlException;
import org.pushbox.protocol.wbxml.WbxmlLimits;

/**
 * WBXML as readable XML, for traces, tests and people, and back.
 *
 * <p>Namespaces are the code-page names: the root's page is the default namespace and every
 * other page used gets its conventional prefix on the root, e.g.
 * {@code <Sync xmlns="AirSync" xmlns:email="Email">}. Text is escaped so that CR, tabs and
 * leading or trailing whitespace survive; what XML cannot carry as text (OPAQUE, control
 * characters, the empty string) is marked with a {@code wbxml:content} attribute (see
 * {@code docs/wbxml-codec.md}), so that {@code fromXml(toXml(x))} re-encodes to the same bytes.
 */
public final class WbxmlXml {

    // A fresh StAX factory per call: the JDK does not promise that a shared one is thread-safe.
    private WbxmlXml() {
    }

    /** Decodes WBXML (default limits) and prints it as XML. */
    public static String toXml(byte[] wbxml) throws WbxmlException {
        return toXml(Wbxml.decode(wbxml));
    }

    /** Prints a tree as XML. */
    public static String toXml(WbxmlElement root) {
        return XmlPrinter.print(root);
    }

    /** Parses the XML form into a tree, with the default limits on depth, size and element count. */
    public static WbxmlElement fromXml(String xml) throws WbxmlXmlException {
        return fromXml(xml, WbxmlLimits.DEFAULTS);
    }

    public static WbxmlElement fromXml(String xml, WbxmlLimits limits) throws WbxmlXmlException {
        try {
            return XmlParser.parse(XmlParser.safeFactory().createXMLStreamReader(new StringReader(xml)), limits);
        } catch (XMLStreamException e) {
            throw new WbxmlXmlException("cannot read XML: " + e.getMessage(), -1, -1, e);
        }
    }

    /** Parses the XML form from a stream; the encoding comes from the XML declaration (UTF-8 by default). */
    public static WbxmlElement fromXml(InputStream xml) throws WbxmlXmlException {
        try {
            return XmlParser.parse(XmlParser.safeFactory().createXMLStreamReader(xml), WbxmlLimits.DEFAULTS);
        } catch (XMLStreamException e) {
            throw new WbxmlXmlException("cannot read XML: " + e.getMessage(), -1, -1, e);
        }
    }

    /** Parses the XML form and encodes it as WBXML. */
    public static byte[] toWbxml(String xml) throws WbxmlXmlException {
        return Wbxml.encode(fromXml(xml));
    }
}
