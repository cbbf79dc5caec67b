package org.pushbox.server.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes Autodiscover responses ([MS-ASCMD] 2.2.2.1, eas-protocol.md §1.8): the mobilesync settings, the
 * same URL in the outlook schema (see docs/adr/0003), and provider errors 600/601. The JDK's writer does
 * the escaping, so display names and addresses cannot break the document.
 */
final class AutodiscoverResponses {

    static final String RESPONSE_NS = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006";
    static final String MOBILESYNC_NS =
            "http://schemas.microsoft.com/exchange/autodiscover/mobilesync/responseschema/2006";
    static final String OUTLOOK_NS = "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";
    static final String CONTENT_TYPE = "text/xml; charset=utf-8";
    /** pushbox has no per-user locale; [MS-ASCMD] writes the culture as language:country. */
    static final String CULTURE = "en:us";

    static final int INVALID_REQUEST = 600;
    static final int SCHEMA_NOT_SUPPORTED = 601;

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();
    private static final DateTimeFormatter ERROR_TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSSS");

    /** Who the settings are for. */
    record User(String displayName, String emailAddress) {
    }

    private AutodiscoverResponses() {
    }

    static byte[] mobileSync(User user, String easUrl) {
        return document(w -> {
            w.writeStartElement("Response");
            w.writeDefaultNamespace(MOBILESYNC_NS);
            element(w, "Culture", CULTURE);
            w.writeStartElement("User");
            element(w, "DisplayName", user.displayName());
            element(w, "EMailAddress", user.emailAddress());
            w.writeEndElement();
            w.writeStartElement("Action");
            w.writeStartElement("Settings");
            w.writeStartElement("Server");
            element(w, "Type", "MobileSync");
            element(w, "Url", easUrl);
            element(w, "Name", easUrl);
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    /** The outlook schema has no ActiveSync protocol type of its own; pushbox names it MobileSync. */
    static byte[] outlook(User user, String easUrl) {
        return document(w -> {
            w.writeStartElement("Response");
            w.writeDefaultNamespace(OUTLOOK_NS);
            w.writeStartElement("User");
            element(w, "DisplayName", user.displayName());
            element(w, "AutoDiscoverSMTPAddress", user.emailAddress());
            w.writeEndElement();
            w.writeStartElement("Account");
            element(w, "AccountType", "email");
            element(w, "Action", "settings");
            w.writeStartElement("Protocol");
            element(w, "Type", "MobileSync");
            element(w, "Server", easUrl);
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    /** A provider error: the Response element is in the outer namespace, as the schema's choice says. */
    static byte[] error(int code, String message) {
        return document(w -> {
            w.writeStartElement("Response");
            w.writeStartElement("Error");
            w.writeAttribute("Time", LocalTime.now(ZoneOffset.UTC).format(ERROR_TIME));
            w.writeAttribute("Id", Long.toString(ThreadLocalRandom.current().nextLong(1L, 1L << 32)));
            element(w, "ErrorCode", Integer.toString(code));
            element(w, "Message", message);
            w.writeEmptyElement("DebugData");
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    @FunctionalInterface
    private interface Body {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private static byte[] document(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("utf-8", "1.0");
            w.writeStartElement("Autodiscover");
            w.writeDefaultNamespace(RESPONSE_NS);
            body.write(w);
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing to memory cannot fail: " + e.getMessage(), e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text == null ? "" : text);
        w.writeEndElement();
    }

    static String text(byte[] document) {
        return new String(document, StandardCharsets.UTF_8);
    }
}
