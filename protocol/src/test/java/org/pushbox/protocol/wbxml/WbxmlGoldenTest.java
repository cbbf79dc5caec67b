package org.pushbox.protocol.wbxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.testing.Requirements;

/** The worked encodings of the specification (eas-protocol.md 2.2), byte for byte, both ways. */
class WbxmlGoldenTest {

    private static Tag t(String namespace, String name) {
        return CodePages.require(namespace, name);
    }

    private static WbxmlElement text(String namespace, String name, String value) {
        return WbxmlElement.text(t(namespace, name), value);
    }

    static WbxmlElement folderSyncInitial() {
        return WbxmlElement.of(t("FolderHierarchy", "FolderSync"), text("FolderHierarchy", "SyncKey", "0"));
    }

    static WbxmlElement syncInitial() {
        return WbxmlElement.of(t("AirSync", "Sync"), WbxmlElement.of(t("AirSync", "Collections"),
                WbxmlElement.of(t("AirSync", "Collection"), text("AirSync", "SyncKey", "0"),
                        text("AirSync", "CollectionId", "5"))));
    }

    static WbxmlElement ping() {
        return WbxmlElement.of(t("Ping", "Ping"), text("Ping", "HeartbeatInterval", "480"),
                WbxmlElement.of(t("Ping", "Folders"), WbxmlElement.of(t("Ping", "Folder"),
                        text("Ping", "Id", "5"), text("Ping", "Class", "Email"))));
    }

    static WbxmlElement contactAddResponse() {
        WbxmlElement body = WbxmlElement.of(t("AirSyncBase", "Body"), text("AirSyncBase", "Type", "1"),
                text("AirSyncBase", "EstimatedDataSize", "0"), text("AirSyncBase", "Truncated", "1"));
        WbxmlElement add = WbxmlElement.of(t("AirSync", "Add"), text("AirSync", "ServerId", "2:1"),
                WbxmlElement.of(t("AirSync", "ApplicationData"), body, text("Contacts", "FileAs", "Doe, John")));
        return WbxmlElement.of(t("AirSync", "Sync"), WbxmlElement.of(t("AirSync", "Collections"),
                WbxmlElement.of(t("AirSync", "Collection"), text("AirSync", "Class", "Contacts"),
                        text("AirSync", "SyncKey", "2"), text("AirSync", "CollectionId", "2"),
                        text("AirSync", "Status", "1"), WbxmlElement.of(t("AirSync", "Commands"), add))));
    }

    @Test
    void folderSyncInitialRequest() throws Exception {
        assertGolden("golden/foldersync/initial-request.hex", folderSyncInitial());
    }

    @Test
    void syncInitialRequest() throws Exception {
        assertGolden("golden/sync/initial-request.hex", syncInitial());
    }

    @Test
    void pingRequest() throws Exception {
        assertGolden("golden/ping/request.hex", ping());
    }

    @Test
    void syncResponseWithAnAddedContact() throws Exception {
        assertGolden("golden/sync/contact-add-response.hex", contactAddResponse());
    }

    private static void assertGolden(String resource, WbxmlElement tree) throws Exception {
        byte[] golden = Hex.resource(resource);
        assertThat(Hex.format(Wbxml.encode(tree))).isEqualTo(Hex.format(golden));
        assertThat(Wbxml.decode(golden)).isEqualTo(tree);
    }

    @Test
    void streamingWriterProducesTheSameBytesAsTheTree() {
        WbxmlWriter w = new WbxmlWriter();
        w.start(t("Ping", "Ping")).textElement(t("Ping", "HeartbeatInterval"), "480")
                .start(t("Ping", "Folders")).start(t("Ping", "Folder"))
                .textElement(t("Ping", "Id"), "5").textElement(t("Ping", "Class"), "Email")
                .end().end().end();
        assertThat(w.toByteArray()).isEqualTo(Hex.resource("golden/ping/request.hex"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0, 00",
        "1, 01",
        "127, 7F",
        "128, 81 00",
        "300, 82 2C",
        "16383, FF 7F",
        "16384, 81 80 00",
        "268435455, FF FF FF 7F",
        "268435456, 81 80 80 80 00",
        "2147483647, 87 FF FF FF 7F",
    })
    void mbUInt32Encoding(int value, String hex) throws Exception {
        ByteSink sink = new ByteSink(8);
        WbxmlWriter.writeMbUInt32(sink, value);
        assertThat(Hex.format(sink.toByteArray())).isEqualTo(hex);

        // The reader decodes the same bytes as an OPAQUE length: small ones in full, large ones
        // are reported by value when they exceed what arrived.
        byte[] doc = Hex.parse("03 01 6A 00 4E C3 " + hex);
        if (value <= 300) {
            byte[] full = new byte[doc.length + value + 1];
            System.arraycopy(doc, 0, full, 0, doc.length);
            full[full.length - 1] = 0x01;
            assertThat(Wbxml.decode(full).opaque()).hasSize(value);
        } else {
            assertThatThrownBy(() -> Wbxml.decode(doc)).isInstanceOf(WbxmlException.class)
                    .hasMessageContaining("OPAQUE of " + value + " bytes");
        }
    }

    @Test
    void mbUInt32LargestValueIsAcceptedAndLargerOverflows() throws Exception {
        WbxmlLimits any = WbxmlLimits.DEFAULTS.withMaxOpaqueBytes(Integer.MAX_VALUE);
        assertThatThrownBy(() -> Wbxml.decode(Hex.parse("03 01 6A 00 4E C3 8F FF FF FF 7F"), any))
                .hasMessageContaining("OPAQUE of 4294967295 bytes is larger than the limit of 2147483647");
        WbxmlException overflow = catchWbxml(Hex.parse("03 01 6A 00 4E C3 90 80 80 80 00"));
        assertThat(overflow.getMessage()).contains("overflows 32 bits");
        assertThat(overflow.offset()).isEqualTo(6);
        WbxmlException tooLong = catchWbxml(Hex.parse("03 01 6A 00 4E C3 80 80 80 80 80 00"));
        assertThat(tooLong.getMessage()).contains("longer than 5 bytes");
        assertThat(tooLong.offset()).isEqualTo(6);
    }

    private static WbxmlException catchWbxml(byte[] doc) {
        try {
            Wbxml.decode(doc);
        } catch (WbxmlException e) {
            return e;
        }
        throw new AssertionError("no WbxmlException for " + Hex.format(doc));
    }

    /** libwbxml, an independent decoder, reads our golden bytes to the same elements. */
    @ParameterizedTest
    @ValueSource(strings = {"golden/foldersync/initial-request.hex", "golden/sync/initial-request.hex",
        "golden/ping/request.hex", "golden/sync/contact-add-response.hex"})
    void libwbxmlAgrees(String resource, @TempDir Path dir) throws Exception {
        String tool = Requirements.tool("wbxml2xml", "libwbxml2-utils");
        Path in = dir.resolve("in.wbxml");
        Path out = dir.resolve("out.xml");
        Files.write(in, Hex.resource(resource));
        Process p = new ProcessBuilder(tool, "-l", "ACTIVESYNC", "-o", out.toString(), in.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        String theirs = elementsOnly(Files.readString(out).replaceAll("<!DOCTYPE[^>]*>", ""));
        String ours = elementsOnly(org.pushbox.protocol.xml.WbxmlXml.toXml(Hex.resource(resource)));
        assertThat(ours).isEqualTo(theirs);
    }

    /** Element names and text only: no declaration, namespaces, prefixes or layout. */
    private static String elementsOnly(String xml) {
        return xml.replaceAll("<\\?xml[^>]*\\?>", "").replaceAll(" xmlns(:\\w+)?=\"[^\"]*\"", "")
                .replaceAll("<(/?)\\w+:", "<$1").replaceAll("\\s+", "");
    }

    @Test
    void ioErrorsOfTheStreamAreUnchecked() {
        java.io.OutputStream broken = new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThatThrownBy(() -> Wbxml.encode(ping(), broken)).isInstanceOf(java.io.UncheckedIOException.class)
                .hasRootCauseMessage("disk full");
    }
}
