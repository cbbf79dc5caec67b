package org.pushbox.protocol.codepage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One WBXML code page of MS-ASWBXML: its number, namespace and tags. */
public final class CodePage {

    /** Tokens are 6 bits; 0x00-0x04 are the global tokens, so tags use 0x05-0x3F. */
    static final int TOKENS = 0x40;

    private final int number;
    private final String namespace;
    private final String prefix;
    private final Tag[] byToken = new Tag[TOKENS];
    private final Map<String, Tag> byName = new HashMap<>();
    private final List<Tag> tags = new ArrayList<>();

    CodePage(int number, String namespace, String prefix) {
        this.number = number;
        this.namespace = namespace;
        this.prefix = prefix;
    }

    void add(Tag tag) {
        if (tag.token() < 0x05 || tag.token() >= TOKENS) {
            throw new IllegalArgumentException("token out of range: " + tag);
        }
        if (byToken[tag.token()] != null || byName.containsKey(tag.name())) {
            throw new IllegalArgumentException("duplicate row for " + tag + " (0x" + Integer.toHexString(tag.token()) + ")");
        }
        byToken[tag.token()] = tag;
        byName.put(tag.name(), tag);
        tags.add(tag);
    }

    public int number() {
        return number;
    }

    /** The XML namespace name, which is the page name: {@code AirSync}, {@code Email}, {@code GAL}, ... */
    public String namespace() {
        return namespace;
    }

    /** The conventional XML prefix, e.g. {@code email} or {@code rm}. */
    public String prefix() {
        return prefix;
    }

    /** The tag with this token (0x00-0x3F, content bit removed), or {@code null}. */
    public Tag tag(int token) {
        return token >= 0 && token < TOKENS ? byToken[token] : null;
    }

    /** The tag with this name, or {@code null}. */
    public Tag tag(String name) {
        return byName.get(name);
    }

    /** The tags in token order. */
    public List<Tag> tags() {
        return Collections.unmodifiableList(tags);
    }

    @Override
    public String toString() {
        return number + ":" + namespace;
    }
}
