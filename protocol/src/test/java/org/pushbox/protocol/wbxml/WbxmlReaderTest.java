package org.pushbox.protocol.wbxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pushbox.protocol.wbxml.WbxmlReader.Event.END_DOCUMENT;
import static org.pushbox.protocol.wbxml.WbxmlReader.Event.END_TAG;
import static org.pushbox.protocol.wbxml.WbxmlReader.Event.OPAQUE;
import static org.pushbox.protocol.wbxml.WbxmlReader.Event.START_TAG;
import static org.pushbox.protocol.wbxml.WbxmlReader.Event.TEXT;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;

/** The pull reader's events and accessors, and what it accepts beyond what our writer produces. */
class WbxmlReaderTest {

    private static final Tag SYNC = CodePages.require("AirSync", "Sync");
    private static final Tag SYNC_KEY = CodePages.require("AirSync", "SyncKey");
    private static final Tag MORE = CodePages.require("AirSync", "MoreAvailable");
    private static final Tag BODY = CodePages.require("AirSyncBase", "Body");
    private static final Tag MIME = CodePages.require("ComposeMail", "Mime");

    @Test
    void eventsDepthsAndOffsets() throws Exception {
        // <Sync><SyncKey>1</SyncKey><MoreAvailable/><airsyncbase:Body>OPAQUE "ab"</airsyncbase:Body></Sync>
        WbxmlReader r = new WbxmlReader(Hex.parse("03 01 6A 00 45 4B 03 31 00 01 14 00 11 4A C3 02 61 62 01 01"));
        assertThat(r.event()).isNull();
        assertThat(r.wbxmlVersion()).isEqualTo(3);

        assertThat(r.next()).isEqualTo(START_TAG);
        assertThat(r.tag()).isEqualTo(SYNC);
        assertThat(r.depth()).isEqualTo(1);
        assertThat(r.tokenOffset()).isEqualTo(4);
        assertThat(r.hasContent()).isTrue();

        assertThat(r.next()).isEqualTo(START_TAG);
        assertThat(r.tag()).isEqualTo(SYNC_KEY);
        assertThat(r.depth()).isEqualTo(2);
        assertThat(r.next()).isEqualTo(TEXT);
        assertThat(r.text()).isEqualTo("1");
        assertThat(r.tokenOffset()).isEqualTo(6);
        assertThat(r.depth()).isEqualTo(2);
        assertThat(r.tag()).isNull();
        assertThat(r.next()).isEqualTo(END_TAG);
        assertThat(r.tag()).isEqualTo(SYNC_KEY);
        assertThat(r.depth()).isEqualTo(2);

        assertThat(r.next()).isEqualTo(START_TAG);
        assertThat(r.tag()).isEqualTo(MORE);
        assertThat(r.hasContent()).isFalse();
        assertThat(r.tokenOffset()).isEqualTo(10);
        assertThat(r.next()).isEqualTo(END_TAG);
        assertThat(r.tag()).isEqualTo(MORE);
        assertThat(r.depth()).isEqualTo(2);

        assertThat(r.next()).isEqualTo(START_TAG);
        assertThat(r.tag()).isEqualTo(BODY);
        assertThat(r.tokenOffset()).isEqualTo(13);
        assertThat(r.next()).isEqualTo(OPAQUE);
        assertThat(r.opaque()).containsExactly('a', 'b');
        assertThat(r.opaqueLength()).isEqualTo(2);
        assertThat(r.opaqueView().remaining()).isEqualTo(2);
        assertThat(r.opaqueView().isReadOnly()).isTrue();
        assertThat(r.next()).isEqualTo(END_TAG);
        assertThat(r.next()).isEqualTo(END_TAG);
        assertThat(r.tag()).isEqualTo(SYNC);
        assertThat(r.depth()).isEqualTo(1);
        assertThat(r.next()).isEqualTo(END_DOCUMENT);
        assertThat(r.depth()).isZero();
        assertThat(r.tokenOffset()).isEqualTo(20);
        assertThat(r.next()).isEqualTo(END_DOCUMENT);
        assertThatThrownBy(r::opaque).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRealReplacementCharacterInTheInputIsTextNotAnError() throws WbxmlException {
        // U+FFFD (EF BF BD) is legal UTF-8; the reader only runs its strict scan when the JDK
        // decoder produced one, and must then still accept it.
        WbxmlElement root = Wbxml.decode(Hex.parse("03 01 6A 00 45 4B 03 61 EF BF BD C3 A9 62 00 01 01"));

        assertThat(root.children().get(0).text()).isEqualTo("a\uFFFD\u00E9b");
    }

    @Test
    void readTreeFromTheMiddleLeavesTheReaderOnTheEndTag() throws Exception {
        WbxmlReader r = new WbxmlReader(Hex.parse("03 01 6A 00 45 5C 4F 4B 03 31 00 01 01 01 14 01"));
        r.next();
        r.next();
        WbxmlElement collections = r.readTree();
        assertThat(collections.toString()).isEqualTo("<AirSync:Collections><AirSync:Collection><AirSync:SyncKey>1</SyncKey></Collection></Collections>");
        assertThat(r.event()).isEqualTo(END_TAG);
        assertThat(r.depth()).isEqualTo(2);
        assertThat(r.next()).isEqualTo(START_TAG);
        assertThat(r.tag()).isEqualTo(MORE);
        assertThatThrownBy(() -> {
            r.next();
            r.readTree();
        }).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void readsASliceOfALargerArrayWithOffsetsRelativeToTheSlice() throws Exception {
        byte[] padded = Hex.parse("FF FF 03 01 6A 00 45 7F 01 FF");
        WbxmlException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> new WbxmlReader(padded, 2, 7, WbxmlLimits.DEFAULTS).readTree(), WbxmlException.class);
        assertThat(e.offset()).isEqualTo(5);
        assertThat(new WbxmlReader(Hex.parse("FF 03 01 6A 00 05 FF"), 1, 5, WbxmlLimits.DEFAULTS).readTree())
                .isEqualTo(WbxmlElement.empty(SYNC));
    }

    @Test
    void acceptsRedundantPageSwitchesAndAnEmptyContentFlag() throws Exception {
        // SWITCH_PAGE 0 twice where the page already is 0, and <SyncKey> with the content bit but no content
        byte[] lenient = Hex.parse("03 01 6A 00 00 00 45 00 00 00 00 4B 01 01");
        WbxmlElement tree = Wbxml.decode(lenient);
        assertThat(tree).isEqualTo(WbxmlElement.of(SYNC, WbxmlElement.empty(SYNC_KEY)));
        assertThat(Hex.format(Wbxml.encode(tree))).isEqualTo("03 01 6A 00 45 0B 01");
    }

    @Test
    void acceptsOlderWbxmlVersionsOfTheSameEncoding() throws Exception {
        assertThat(new WbxmlReader(Hex.parse("01 01 6A 00 05")).wbxmlVersion()).isEqualTo(1);
        assertThat(Wbxml.decode(Hex.parse("02 01 6A 00 05"))).isEqualTo(WbxmlElement.empty(SYNC));
        // non-minimal mb_u_int32 forms in the header are still the same numbers
        assertThat(Wbxml.decode(Hex.parse("03 80 01 80 6A 80 00 05"))).isEqualTo(WbxmlElement.empty(SYNC));
    }

    @Test
    void joinsAdjacentStringsAndAdjacentOpaqueValues() throws Exception {
        assertThat(Wbxml.decode(Hex.parse("03 01 6A 00 4B 03 41 00 03 00 03 42 43 00 01")).text()).isEqualTo("ABC");
        assertThat(Wbxml.decode(Hex.parse("03 01 6A 00 4B C3 01 41 C3 00 C3 02 42 43 01")).opaque())
                .containsExactly('A', 'B', 'C');
    }

    @Test
    void emptyStringIsTextNotAnEmptyElement() throws Exception {
        byte[] doc = Hex.parse("03 01 6A 00 4B 03 00 01");
        WbxmlElement e = Wbxml.decode(doc);
        assertThat(e.content()).isEqualTo(WbxmlElement.Content.TEXT);
        assertThat(e.text()).isEmpty();
        assertThat(Wbxml.encode(e)).isEqualTo(doc);
    }

    @Test
    void decodesUtf8IncludingSupplementaryCharacters() throws Exception {
        String s = "Grüße \uD83D\uDCE7 日本 \r\n\t";
        byte[] doc = Wbxml.encode(WbxmlElement.text(SYNC_KEY, s));
        assertThat(Wbxml.decode(doc).text()).isEqualTo(s);
    }

    @Test
    void opaqueAndTextAreInterchangeableForReaders() throws Exception {
        byte[] mimeAsOpaque = Hex.parse("03 01 6A 00 00 15 50 C3 03 46 6F 6F 01");
        byte[] mimeAsText = Hex.parse("03 01 6A 00 00 15 50 03 46 6F 6F 00 01");
        WbxmlElement opaque = Wbxml.decode(mimeAsOpaque);
        WbxmlElement text = Wbxml.decode(mimeAsText);
        assertThat(opaque.tag()).isEqualTo(MIME);
        assertThat(opaque.isOpaque()).isTrue();
        assertThat(text.isOpaque()).isFalse();
        assertThat(opaque.textOrOpaqueAsString()).isEqualTo("Foo").isEqualTo(text.textOrOpaqueAsString());
        assertThat(opaque.opaqueOrTextAsBytes()).isEqualTo(text.opaqueOrTextAsBytes())
                .isEqualTo("Foo".getBytes(StandardCharsets.US_ASCII));
        // the distinction is kept, so each re-encodes to its own bytes
        assertThat(opaque).isNotEqualTo(text);
        assertThat(Wbxml.encode(opaque)).isEqualTo(mimeAsOpaque);
        assertThat(Wbxml.encode(text)).isEqualTo(mimeAsText);
    }

    @Test
    void acceptsLegacyTokens() throws Exception {
        // AirSync 0x19 Truncation, a 2.5 token that current tables no longer list
        WbxmlElement e = Wbxml.decode(Hex.parse("03 01 6A 00 59 03 34 00 01"));
        assertThat(e.tag().name()).isEqualTo("Truncation");
        assertThat(e.tag().legacy()).isTrue();
    }

    @Test
    void treeAccessors() throws Exception {
        WbxmlElement tree = Wbxml.decode(Hex.resource("golden/sync/contact-add-response.hex"));
        WbxmlElement collection = tree.child(CodePages.require("AirSync", "Collections"))
                .child(CodePages.require("AirSync", "Collection"));
        assertThat(collection.child(SYNC_KEY).text()).isEqualTo("2");
        assertThat(collection.child(MORE)).isNull();
        assertThat(collection.children(SYNC_KEY)).hasSize(1);
        assertThat(collection.content()).isEqualTo(WbxmlElement.Content.CHILDREN);
        assertThat(collection.textOrOpaqueAsString()).isNull();
        assertThat(collection.opaqueOrTextAsBytes()).isNull();
        assertThat(WbxmlElement.empty(MORE).textOrOpaqueAsString()).isEmpty();
        assertThat(WbxmlElement.empty(MORE).opaqueOrTextAsBytes()).isEmpty();
        assertThatThrownBy(() -> tree.children().add(WbxmlElement.empty(MORE)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(tree.hashCode()).isEqualTo(Wbxml.decode(Hex.resource("golden/sync/contact-add-response.hex")).hashCode());
    }
}
