package org.pushbox.protocol.command;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * Reads the children of one container element of a request as typed values, and turns every
 * structural fault into a {@link CommandException} with the status the command names for it.
 *
 * <p>Construction checks the children against the tags the specification allows in this
 * container: any other tag is refused, except legacy tokens (no current version lists them),
 * which older clients still send and which are skipped. Elements allowed in newer versions than
 * the request's are accepted: real clients mix them in (the corpus has a 12.1 Android sending
 * 14.0 Settings elements), and ignoring data is safer than refusing a device.
 */
public final class ElementReader {

    /** [MS-ASDTYPE] Compact DateTime, always UTC. */
    static final DateTimeFormatter COMPACT_DATE_TIME =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final WbxmlElement element;
    private final EasStatus onError;

    private ElementReader(WbxmlElement element, EasStatus onError) {
        this.element = element;
        this.onError = onError;
    }

    /** Checks that a decoded body has the expected root tag and reads its children. */
    public static ElementReader root(WbxmlElement document, Tag expected, EasStatus onError, Tag... allowed)
            throws CommandException {
        if (document == null || !document.tag().equals(expected)) {
            throw new CommandException(onError, "expected root <" + expected + "> but got "
                    + (document == null ? "no body" : "<" + document.tag() + ">"));
        }
        return of(document, onError, allowed);
    }

    /** Reads the children of {@code container}, which may hold only the {@code allowed} tags. */
    public static ElementReader of(WbxmlElement container, EasStatus onError, Tag... allowed) throws CommandException {
        String value = container.textOrOpaqueAsString();
        // An empty STR_I is as good as no content: some encoders write <Get></Get> that way.
        if (value != null && !value.isEmpty()) {
            throw new CommandException(onError, "<" + container.tag() + "> must hold elements, not a value");
        }
        Set<Tag> ok = new HashSet<>(Arrays.asList(allowed));
        for (WbxmlElement child : container.children()) {
            if (!ok.contains(child.tag()) && !child.tag().legacy()) {
                throw new CommandException(onError, "<" + child.tag() + "> is not allowed in <" + container.tag() + ">");
            }
        }
        return new ElementReader(container, onError);
    }

    /** The container itself. */
    public WbxmlElement element() {
        return element;
    }

    /** The status this reader reports faults with. */
    public EasStatus onError() {
        return onError;
    }

    /** A fault in this container, with the reader's status. */
    public CommandException fault(String message) {
        return new CommandException(onError, "<" + element.tag() + ">: " + message);
    }

    /** Whether a child with this tag is present. */
    public boolean has(Tag tag) {
        return element.child(tag) != null;
    }

    /** All children with this tag, in order. */
    public List<WbxmlElement> all(Tag tag) {
        return element.children(tag);
    }

    /** The child with this tag, or {@code null}; more than one is a fault. */
    public WbxmlElement optional(Tag tag) throws CommandException {
        List<WbxmlElement> found = element.children(tag);
        if (found.size() > 1) {
            throw fault("<" + tag + "> appears " + found.size() + " times");
        }
        return found.isEmpty() ? null : found.get(0);
    }

    /** The single child with this tag; absent or repeated is a fault. */
    public WbxmlElement required(Tag tag) throws CommandException {
        WbxmlElement child = optional(tag);
        if (child == null) {
            throw fault("required <" + tag + "> is missing");
        }
        return child;
    }

    /** A container child read with its own allowed tags, or {@code null} when absent. */
    public ElementReader optionalContainer(Tag tag, Tag... allowed) throws CommandException {
        WbxmlElement child = optional(tag);
        return child == null ? null : of(child, onError, allowed);
    }

    /** A required container child read with its own allowed tags. */
    public ElementReader requiredContainer(Tag tag, Tag... allowed) throws CommandException {
        return of(required(tag), onError, allowed);
    }

    /** Every child with this tag as a container with its own allowed tags. */
    public List<ElementReader> containers(Tag tag, Tag... allowed) throws CommandException {
        List<ElementReader> readers = new ArrayList<>();
        for (WbxmlElement child : element.children(tag)) {
            readers.add(of(child, onError, allowed));
        }
        return readers;
    }

    /** The value of a child (STR_I or OPAQUE, empty element = ""), or {@code null} when absent. */
    public String text(Tag tag) throws CommandException {
        WbxmlElement child = optional(tag);
        return child == null ? null : value(child);
    }

    /** The value of a required child. */
    public String requiredText(Tag tag) throws CommandException {
        return value(required(tag));
    }

    /** The bytes of a required child, sent as OPAQUE or as a string (clients use both). */
    public byte[] requiredBytes(Tag tag) throws CommandException {
        byte[] bytes = required(tag).opaqueOrTextAsBytes();
        if (bytes == null) {
            throw fault("<" + tag + "> must hold a value, not elements");
        }
        return bytes;
    }

    /** The values of every child with this tag. */
    public List<String> texts(Tag tag) throws CommandException {
        List<String> values = new ArrayList<>();
        for (WbxmlElement child : element.children(tag)) {
            values.add(value(child));
        }
        return values;
    }

    /** A decimal integer child, or {@code null} when absent; a non-number is a fault. */
    public Long longValue(Tag tag) throws CommandException {
        String text = text(tag);
        return text == null ? null : parseLong(tag, text);
    }

    /** A long child within [min, max], or {@code null} when absent. */
    public Long longValue(Tag tag, long min, long max) throws CommandException {
        Long value = longValue(tag);
        if (value != null && (value < min || value > max)) {
            throw fault("<" + tag + "> " + value + " is outside " + min + ".." + max);
        }
        return value;
    }

    /** An integer child within [min, max] (an int range), or {@code null} when absent. */
    public Integer integer(Tag tag, long min, long max) throws CommandException {
        Long value = longValue(tag, min, max);
        return value == null ? null : value.intValue();
    }

    /** A required integer child within [min, max]. */
    public int requiredInteger(Tag tag, long min, long max) throws CommandException {
        required(tag);
        return integer(tag, min, max);
    }

    /**
     * A boolean child, or {@code null} when absent: {@code 0} or {@code 1}, and an empty element
     * means 1 ([MS-ASDTYPE] 2.1).
     */
    public Boolean bool(Tag tag) throws CommandException {
        String text = text(tag);
        if (text == null) {
            return null;
        }
        switch (text) {
            case "":
            case "1":
                return Boolean.TRUE;
            case "0":
                return Boolean.FALSE;
            default:
                throw fault("<" + tag + "> must be 0 or 1, not '" + text + "'");
        }
    }

    /** A child whose presence is the value (e.g. {@code <Partial/>}); any content is ignored. */
    public boolean flag(Tag tag) throws CommandException {
        return optional(tag) != null;
    }

    /** A dateTime child ({@code 2025-07-28T00:00:00.000Z}), or {@code null} when absent. */
    public Instant dateTime(Tag tag) throws CommandException {
        String text = text(tag);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw fault("<" + tag + "> is not a dateTime: '" + text + "'");
        }
    }

    /**
     * A child whose number is the ordinal of one of {@code values} (enums whose codes run 0..n), or
     * {@code null} when absent; another number is a fault.
     */
    public <E extends Enum<E>> E ordinal(Tag tag, E[] values) throws CommandException {
        Integer code = integer(tag, 0, values.length - 1);
        return code == null ? null : values[code];
    }

    /** An item {@code Class} child, or {@code null} when absent; an unknown class is a fault. */
    public ItemClass itemClass(Tag tag) throws CommandException {
        String wire = text(tag);
        if (wire == null) {
            return null;
        }
        ItemClass itemClass = ItemClass.fromWire(wire);
        if (itemClass == null) {
            throw fault("unknown <" + tag + "> '" + wire + "'");
        }
        return itemClass;
    }

    /** A range child ({@code m-n}), or {@code null} when absent; a malformed one is a fault. */
    public Range range(Tag tag) throws CommandException {
        String text = text(tag);
        Range range = text == null ? null : Range.parse(text);
        if (text != null && range == null) {
            throw fault("<" + tag + "> '" + text + "' is not m-n");
        }
        return range;
    }

    /** A status child, or {@code null} when absent: one of {@code values} or a {@link CommonStatus}. */
    public EasStatus status(Tag tag, EasStatus[] values) throws CommandException {
        Integer code = integer(tag, 0, 999);
        if (code == null) {
            return null;
        }
        EasStatus status = EasStatus.lookup(code, values);
        if (status == null) {
            throw fault("unknown <" + tag + "> " + code);
        }
        return status;
    }

    /** A required status child. */
    public EasStatus requiredStatus(Tag tag, EasStatus[] values) throws CommandException {
        required(tag);
        return status(tag, values);
    }

    /** A Compact DateTime child ({@code 20250728T090000Z}, [MS-ASDTYPE] 2.7.2), or {@code null} when absent. */
    public Instant compactDateTime(Tag tag) throws CommandException {
        String text = text(tag);
        if (text == null) {
            return null;
        }
        try {
            return COMPACT_DATE_TIME.parse(text, Instant::from);
        } catch (DateTimeParseException e) {
            throw fault("<" + tag + "> is not a compact dateTime: '" + text + "'");
        }
    }

    private String value(WbxmlElement child) throws CommandException {
        String text = child.textOrOpaqueAsString();
        if (text == null) {
            throw fault("<" + child.tag() + "> must hold a value, not elements");
        }
        return text;
    }

    private Long parseLong(Tag tag, String text) throws CommandException {
        // Strict: digits with an optional minus (Long.parseLong would also take '+').
        boolean ok = !text.isEmpty() && text.length() <= 19;
        for (int i = 0; ok && i < text.length(); i++) {
            char c = text.charAt(i);
            ok = (c >= '0' && c <= '9') || (c == '-' && i == 0 && text.length() > 1);
        }
        if (!ok) {
            throw fault("<" + tag + "> is not an integer: '" + text + "'");
        }
        return Long.parseLong(text);
    }
}
