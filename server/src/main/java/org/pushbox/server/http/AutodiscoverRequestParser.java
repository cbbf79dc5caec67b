package org.pushbox.server.http;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an Autodiscover request with the JDK's StAX parser, hardened for input from anyone: no DTD (a
 * DOCTYPE is refused outright, so neither external entities nor entity expansion bombs can happen), a
 * size cap and a depth cap. Element names are matched by local name; the namespaces of the mobilesync
 * and outlook request schemas differ, and the answer depends only on AcceptableResponseSchema.
 */
final class AutodiscoverRequestParser {

    /** Real requests are a few hundred bytes. */
    static final int MAX_BYTES = 16 * 1024;
    static final int MAX_DEPTH = 8;

    /** The request cannot be used; answered with provider error 600 (invalid request). */
    static final class InvalidRequestException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidRequestException(String message) {
            super(message);
        }
    }

    private static final XMLInputFactory FACTORY = hardenedFactory();

    private static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private AutodiscoverRequestParser() {
    }

    static AutodiscoverRequest parse(byte[] body) throws InvalidRequestException {
        if (body.length == 0) {
            throw new InvalidRequestException("empty body");
        }
        if (body.length > MAX_BYTES) {
            throw new InvalidRequestException(body.length + " bytes; at most " + MAX_BYTES);
        }
        String email = null;
        String schema = null;
        Deque<String> path = new ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        XMLStreamReader reader = null;
        try {
            synchronized (FACTORY) {
                reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(body));
            }
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE,
                            XMLStreamConstants.ENTITY_DECLARATION ->
                            throw new InvalidRequestException("DTDs and entities are not accepted");
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = reader.getLocalName();
                        if (path.isEmpty() && !name.equals("Autodiscover")) {
                            throw new InvalidRequestException("root element is " + name + ", not Autodiscover");
                        }
                        path.push(name);
                        if (path.size() > MAX_DEPTH) {
                            throw new InvalidRequestException("nested deeper than " + MAX_DEPTH);
                        }
                        text.setLength(0);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(reader.getText());
                    case XMLStreamConstants.END_ELEMENT -> {
                        String name = path.pop();
                        boolean inRequest = path.size() == 2 && path.peek().equals("Request");
                        if (inRequest && name.equals("EMailAddress")) {
                            email = text.toString().strip();
                        } else if (inRequest && name.equals("AcceptableResponseSchema")) {
                            schema = text.toString().strip();
                        }
                        text.setLength(0);
                    }
                    default -> {
                        // comments, processing instructions, whitespace: irrelevant
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new InvalidRequestException("not well-formed XML: " + e.getMessage());
        } finally {
            close(reader);
        }
        if (email == null || email.isEmpty()) {
            throw new InvalidRequestException("no Request/EMailAddress");
        }
        if (schema == null || schema.isEmpty()) {
            throw new InvalidRequestException("no Request/AcceptableResponseSchema");
        }
        return new AutodiscoverRequest(email, schema);
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing left to release
            }
        }
    }
}
