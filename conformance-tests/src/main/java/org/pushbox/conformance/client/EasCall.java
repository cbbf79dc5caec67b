package org.pushbox.conformance.client;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.protocol.xml.WbxmlXml;
import org.pushbox.protocol.xml.WbxmlXmlException;

/**
 * One request for an {@link EasTestClient} to send: OPTIONS or a POST of a command, with what a test wants
 * beyond the device's defaults (body, query parameters, headers, query fields left out, no credentials).
 * The command is a name, not an enum, so that tests can send commands the server must refuse.
 * Fluent and mutable; build one per request.
 */
public final class EasCall {

    public static final String WBXML = "application/vnd.ms-sync.wbxml";

    private final String method;
    private final String command;
    private byte[] body;
    private String contentType;
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Set<String> omittedFields = new LinkedHashSet<>();
    private boolean anonymous;
    private Boolean acceptGzip;
    private Duration timeout = Duration.ofSeconds(30);

    private EasCall(String method, String command) {
        this.method = method;
        this.command = command;
    }

    public static EasCall options() {
        return new EasCall("OPTIONS", null);
    }

    public static EasCall post(String command) {
        return new EasCall("POST", Objects.requireNonNull(command, "command"));
    }

    /** The body as WBXML encoded by our own codec. */
    public EasCall wbxml(WbxmlElement root) {
        return body(Wbxml.encode(root), WBXML);
    }

    /** The body written in the readable XML form of {@link WbxmlXml}, sent as WBXML. */
    public EasCall xml(String xml) {
        try {
            return wbxml(WbxmlXml.fromXml(xml));
        } catch (WbxmlXmlException e) {
            throw new IllegalArgumentException("request body is not in the XML form: " + e.getMessage(), e);
        }
    }

    /** Any bytes with any content type, e.g. deliberately malformed WBXML. */
    public EasCall body(byte[] bytes, String type) {
        this.body = bytes.clone();
        this.contentType = type;
        return this;
    }

    /** A command parameter: {@code &Name=value} in the plain form, a tagged field in the base64 form. */
    public EasCall parameter(String name, String value) {
        parameters.put(name, value);
        return this;
    }

    public EasCall header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Leaves a plain-query field (Cmd, User, DeviceId, DeviceType) out, to test the server's refusal. */
    public EasCall omit(String queryField) {
        omittedFields.add(queryField);
        return this;
    }

    /** Sends no Authorization header. */
    public EasCall anonymous() {
        this.anonymous = true;
        return this;
    }

    /** Overrides the client's default for {@code Accept-Encoding: gzip}. */
    public EasCall acceptGzip(boolean accept) {
        this.acceptGzip = accept;
        return this;
    }

    public EasCall timeout(Duration value) {
        this.timeout = Objects.requireNonNull(value);
        return this;
    }

    public String method() {
        return method;
    }

    public boolean isOptions() {
        return command == null;
    }

    /** The command name; {@code null} for OPTIONS. */
    public String command() {
        return command;
    }

    /** The body bytes, or {@code null} for a request without body. */
    public byte[] body() {
        return body == null ? null : body.clone();
    }

    public String contentType() {
        return contentType;
    }

    public Map<String, String> parameters() {
        return Collections.unmodifiableMap(parameters);
    }

    public Map<String, String> headers() {
        return Collections.unmodifiableMap(headers);
    }

    public Set<String> omittedFields() {
        return Collections.unmodifiableSet(omittedFields);
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    /** Whether to ask for gzip, or {@code null} for the client's default. */
    public Boolean acceptGzip() {
        return acceptGzip;
    }

    public Duration timeout() {
        return timeout;
    }

    @Override
    public String toString() {
        return isOptions() ? "OPTIONS" : "POST " + command;
    }
}
