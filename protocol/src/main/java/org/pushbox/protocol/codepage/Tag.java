package org.pushbox.protocol.codepage;

/**
 * One element of the EAS vocabulary, identified on the wire by (code page, token).
 *
 * <p>Equality is by (page, token) only: the same name exists on many pages ({@code SyncKey},
 * {@code Status}, {@code Add}), so a name alone never identifies a tag. Instances come from
 * {@link CodePages}; there is exactly one per (page, token).
 */
public final class Tag {

    private final CodePage codePage;
    private final int token;
    private final String name;
    private final EasVersionRange versions;

    Tag(CodePage codePage, int token, String name, EasVersionRange versions) {
        this.codePage = codePage;
        this.token = token;
        this.name = name;
        this.versions = versions;
    }

    /** The code page number, 0-25. */
    public int page() {
        return codePage.number();
    }

    public CodePage codePage() {
        return codePage;
    }

    /** The token, 0x05-0x3F, without the content bit 0x40. */
    public int token() {
        return token;
    }

    /** The element name as MS-ASWBXML and the XSDs spell it. */
    public String name() {
        return name;
    }

    /** The XML namespace, which is the code page's name (e.g. {@code AirSync}). */
    public String namespace() {
        return codePage.namespace();
    }

    /** The protocol versions whose specification lists this tag; empty for legacy tokens. */
    public EasVersionRange versions() {
        return versions;
    }

    /** A token that no current specification lists: accepted on input, never to be sent to a 12.0+ client. */
    public boolean legacy() {
        return versions.isEmpty();
    }

    public boolean knownIn(EasVersion version) {
        return versions.contains(version);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tag t && t.token == token && t.codePage.number() == codePage.number();
    }

    @Override
    public int hashCode() {
        return codePage.number() << 6 | token;
    }

    /** {@code Namespace:Name}, e.g. {@code AirSync:SyncKey}. */
    @Override
    public String toString() {
        return codePage.namespace() + ':' + name;
    }
}
