package org.pushbox.conformance.client;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.protocol.wbxml.WbxmlException;
import org.pushbox.protocol.xml.WbxmlXml;

/**
 * What the server answered: HTTP status, headers, the body as it travelled and as content (gunzipped), and
 * for a WBXML body the tree our decoder reads. A WBXML body our decoder refuses is kept with the reason,
 * so that the test that looks at it fails with the bytes in the message.
 */
public final class EasResponse {

    private final int status;
    private final HttpHeaders headers;
    private final byte[] wireBody;
    private final byte[] body;
    private final WbxmlElement tree;
    private final WbxmlException decodeError;

    EasResponse(int status, HttpHeaders headers, byte[] wireBody, byte[] body) {
        this.status = status;
        this.headers = headers;
        this.wireBody = wireBody;
        this.body = body;
        WbxmlElement decoded = null;
        WbxmlException error = null;
        if (isWbxml()) {
            try {
                decoded = Wbxml.decode(body);
            } catch (WbxmlException e) {
                error = e;
            }
        }
        this.tree = decoded;
        this.decodeError = error;
    }

    public int status() {
        return status;
    }

    public HttpHeaders headers() {
        return headers;
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The body bytes as received (gzip still applied when the server compressed). */
    public byte[] wireBody() {
        return wireBody.clone();
    }

    /** The body content: the received bytes, gunzipped when the server sent {@code Content-Encoding: gzip}. */
    public byte[] body() {
        return body.clone();
    }

    public boolean isGzipped() {
        return header("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent();
    }

    /** Whether the body is a WBXML document: a WBXML content type and at least one byte. */
    public boolean isWbxml() {
        return body.length > 0 && header("Content-Type").filter(t -> t.startsWith("application/vnd.ms-sync")).isPresent()
                && !header("Content-Type").get().startsWith("application/vnd.ms-sync.multipart");
    }

    /** The decoded WBXML tree. */
    public WbxmlElement tree() {
        if (decodeError != null) {
            throw new IllegalStateException("our decoder refuses the response body: " + decodeError.getMessage()
                    + "\n" + hex(body), decodeError);
        }
        if (tree == null) {
            throw new IllegalStateException("the response has no WBXML body (HTTP " + status + ", Content-Type "
                    + header("Content-Type").orElse("none") + ", " + body.length + " bytes)");
        }
        return tree;
    }

    /** The body for people: the XML form of a WBXML body, else text or a byte count. */
    public String describeBody() {
        if (tree != null) {
            return WbxmlXml.toXml(tree);
        }
        if (decodeError != null) {
            return "undecodable WBXML (" + decodeError.getMessage() + "): " + hex(body);
        }
        if (body.length == 0) {
            return "(empty body)";
        }
        return body.length <= 2000 ? new String(body, StandardCharsets.UTF_8) : "(" + body.length + " bytes)";
    }

    @Override
    public String toString() {
        return "HTTP " + status + "\n" + describeBody();
    }

    static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(bytes.length, 512); i++) {
            sb.append(String.format("%02X ", bytes[i]));
        }
        return (bytes.length > 512 ? sb.append("...") : sb).toString().strip();
    }
}
