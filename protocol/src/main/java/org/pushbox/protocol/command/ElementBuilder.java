package org.pushbox.protocol.command;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.pushbox.protocol.codepage.EasVersion;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * Builds one element of a response (or client request) for one protocol version. Every child
 * whose tag the code-page table does not list for that version is left out, so a record can carry
 * newer fields and each version gets exactly the elements it knows; {@code null} values are left
 * out too, so optional fields need no {@code if}.
 */
public final class ElementBuilder {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Tag tag;
    private final EasVersion version;
    private final List<WbxmlElement> children = new ArrayList<>();

    private ElementBuilder(Tag tag, EasVersion version) {
        this.tag = tag;
        this.version = version;
    }

    public static ElementBuilder of(Tag tag, ProtocolVersion version) {
        return new ElementBuilder(tag, easVersion(version));
    }

    /** The code-page table's version for a request's protocol version. */
    public static EasVersion easVersion(ProtocolVersion version) {
        return EasVersion.fromText(version.headerValue());
    }

    /** Whether {@code tag} may be sent in this builder's version. */
    public boolean knows(Tag child) {
        return child.knownIn(version);
    }

    public ElementBuilder text(Tag child, String value) {
        if (value != null && knows(child)) {
            children.add(WbxmlElement.text(child, value));
        }
        return this;
    }

    public ElementBuilder texts(Tag child, List<String> values) {
        for (String value : values) {
            text(child, value);
        }
        return this;
    }

    public ElementBuilder integer(Tag child, Number value) {
        return text(child, value == null ? null : value.toString());
    }

    /** An enum whose code is its ordinal. */
    public ElementBuilder ordinal(Tag child, Enum<?> value) {
        return integer(child, value == null ? null : value.ordinal());
    }

    public ElementBuilder status(Tag child, EasStatus status) {
        return text(child, status == null ? null : Integer.toString(status.code()));
    }

    /** A boolean as {@code 0}/{@code 1}. */
    public ElementBuilder bool(Tag child, Boolean value) {
        return text(child, value == null ? null : value ? "1" : "0");
    }

    public ElementBuilder dateTime(Tag child, Instant value) {
        return text(child, value == null ? null : DATE_TIME.format(value));
    }

    /** A Compact DateTime ({@code 20250728T090000Z}). */
    public ElementBuilder compactDateTime(Tag child, Instant value) {
        return text(child, value == null ? null : ElementReader.COMPACT_DATE_TIME.format(value));
    }

    public ElementBuilder opaque(Tag child, byte[] value) {
        if (value != null && knows(child)) {
            children.add(WbxmlElement.opaque(child, value));
        }
        return this;
    }

    /** An empty element such as {@code <MoreAvailable/>}, when {@code present}. */
    public ElementBuilder empty(Tag child, boolean present) {
        if (present && knows(child)) {
            children.add(WbxmlElement.empty(child));
        }
        return this;
    }

    /** A finished child element (left out when {@code null} or unknown in this version). */
    public ElementBuilder add(WbxmlElement child) {
        if (child != null && knows(child.tag())) {
            children.add(child);
        }
        return this;
    }

    /** A child built by a nested builder of the same version. */
    public ElementBuilder child(Tag child, java.util.function.Consumer<ElementBuilder> content) {
        if (knows(child)) {
            ElementBuilder nested = new ElementBuilder(child, version);
            content.accept(nested);
            children.add(nested.build());
        }
        return this;
    }

    /** A nested builder of the same version, for callers that assemble children in a loop. */
    public ElementBuilder nested(Tag child) {
        return new ElementBuilder(child, version);
    }

    public boolean isEmpty() {
        return children.isEmpty();
    }

    public WbxmlElement build() {
        return WbxmlElement.of(tag, children);
    }
}
