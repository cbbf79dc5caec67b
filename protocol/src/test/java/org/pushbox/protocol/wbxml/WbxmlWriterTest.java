package org.pushbox.protocol.wbxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;

/** The streaming writer: page switching, empty elements, strings, OPAQUE, misuse. */
class WbxmlWriterTest {

    private static final Tag SYNC = CodePages.require("AirSync", "Sync");
    private static final Tag SYNC_KEY = CodePages.require("AirSync", "SyncKey");
    private static final Tag MORE = CodePages.require("AirSync", "MoreAvailable");
    private static final Tag APP_DATA = CodePages.require("AirSync", "ApplicationData");
    private static final Tag SUBJECT = CodePages.require("Email", "Subject");
    private static final Tag BODY = CodePages.require("AirSyncBase", "Body");
    private static final Tag DATA = CodePages.require("AirSyncBase", "Data");
    private static final Tag FILE_AS = CodePages.require("Contacts", "FileAs");

    @Test
    void switchesPageOnlyWhenItChanges() {
        WbxmlWriter w = new WbxmlWriter();
        w.start(APP_DATA).textElement(SUBJECT, "a").textElement(SUBJECT, "b").start(BODY)
                .textElement(DATA, "c").end().end();
        assertThat(Hex.format(w.toByteArray())).isEqualTo("03 01 6A 00 5D 00 02 54 03 61 00 01 54 03 62 00 01 "
                + "00 11 4A 4B 03 63 00 01 01 01");
    }

    @Test
    void returnsToPageZeroWhenNeeded() {
        WbxmlWriter w = new WbxmlWriter();
        w.start(SYNC).start(APP_DATA).empty(FILE_AS).end().empty(MORE).end();
        assertThat(Hex.format(w.toByteArray())).isEqualTo("03 01 6A 00 45 5D 00 01 1E 01 00 00 14 01");
    }

    @Test
    void startFollowedByEndIsTheBareToken() {
        assertThat(Hex.format(new WbxmlWriter().start(SYNC).start(MORE).end().end().toByteArray()))
                .isEqualTo("03 01 6A 00 45 14 01");
        assertThat(Hex.format(new WbxmlWriter().empty(SYNC).toByteArray())).isEqualTo("03 01 6A 00 05");
    }

    @Test
    void encodesUtf8AndEmptyStrings() {
        WbxmlWriter w = new WbxmlWriter();
        w.start(SYNC).textElement(SYNC_KEY, "").textElement(SYNC_KEY, "é€\uD83D\uDE00").end();
        assertThat(Hex.format(w.toByteArray()))
                .isEqualTo("03 01 6A 00 45 4B 03 00 01 4B 03 C3 A9 E2 82 AC F0 9F 98 80 00 01 01");
    }

    @Test
    void refusesNulAndUnpairedSurrogatesAndKeepsTheDocumentIntact() {
        WbxmlWriter w = new WbxmlWriter().start(SYNC).start(SYNC_KEY);
        assertThatThrownBy(() -> w.text("a\0b")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NUL");
        assertThatThrownBy(() -> w.text("a\uD800b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unpaired surrogate");
        assertThatThrownBy(() -> w.text("\uDC00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w.text("\uD800")).isInstanceOf(IllegalArgumentException.class);
        w.text("ok").end().end();
        assertThat(Hex.format(w.toByteArray())).isEqualTo("03 01 6A 00 45 4B 03 6F 6B 00 01 01");
        assertThatThrownBy(() -> WbxmlElement.text(SYNC_KEY, "x\0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesOpaqueWithItsLength() {
        byte[] big = new byte[300];
        Arrays.fill(big, (byte) 7);
        byte[] doc = new WbxmlWriter().opaqueElement(DATA, big).toByteArray();
        assertThat(Arrays.copyOf(doc, 9)).isEqualTo(Hex.parse("03 01 6A 00 00 11 4B C3 82"));
        assertThat(doc[9]).isEqualTo((byte) 0x2C);
        assertThat(doc).hasSize(10 + 300 + 1);
    }

    @Test
    void misuseIsAnIllegalState() {
        assertThatThrownBy(() -> new WbxmlWriter().end()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new WbxmlWriter().text("x")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new WbxmlWriter().toByteArray()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("before any element");
        assertThatThrownBy(() -> new WbxmlWriter().start(SYNC).toByteArray()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("still open");
        assertThatThrownBy(() -> new WbxmlWriter().empty(SYNC).empty(SYNC)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("second root");
        assertThatThrownBy(() -> new WbxmlWriter().start(SYNC).text("x").empty(MORE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("never mixes");
        assertThatThrownBy(() -> new WbxmlWriter().start(SYNC).empty(MORE).text("x"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new WbxmlWriter().start(SYNC).text("x").opaque(new byte[1]))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new WbxmlWriter().start(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void streamingOutputEqualsInMemoryOutput() throws Exception {
        byte[] chunk = new byte[20_000];
        Arrays.fill(chunk, (byte) 'x');
        String text = "y".repeat(9000);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        WbxmlWriter streaming = new WbxmlWriter(sink);
        WbxmlWriter memory = new WbxmlWriter();
        for (WbxmlWriter w : new WbxmlWriter[] {streaming, memory}) {
            w.start(SYNC);
            for (int i = 0; i < 2000; i++) {
                w.textElement(SYNC_KEY, "key " + i);
            }
            w.opaqueElement(DATA, chunk).textElement(SUBJECT, text).opaqueElement(DATA, new byte[3]).end();
        }
        assertThat(sink.size()).isGreaterThan(30_000); // most of it went out before finish()
        streaming.finish();
        assertThat(sink.toByteArray()).isEqualTo(memory.toByteArray());
        assertThat(Wbxml.decode(sink.toByteArray()).children()).hasSize(2003);
        assertThatThrownBy(streaming::toByteArray).isInstanceOf(IllegalStateException.class);
    }
}
