package org.pushbox.protocol.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.protocol.wbxml.WbxmlException;

/**
 * What xml2wbxml writes with and without {@code -a -n}, and that our reader accepts exactly the
 * EAS form: libwbxml's defaults use a public identifier from a string table and STR_T references,
 * both of which EAS forbids and pushbox refuses as UNSUPPORTED.
 */
class Xml2wbxmlOptionsTest {

    /** "Inbox" twice, so that libwbxml's string table has something to share. */
    private static final String FOLDER_SYNC = Libwbxml.xmlDocument()
            .append("<FolderSync xmlns=\"FolderHierarchy:\"><Status>1</Status><SyncKey>Inbox</SyncKey>")
            .append("<Changes><Count>1</Count><Add><ServerId>1</ServerId><ParentId>0</ParentId>")
            .append("<DisplayName>Inbox</DisplayName><Type>2</Type></Add></Changes></FolderSync>\n").toString();

    @BeforeAll
    static void requireLibwbxml() {
        Libwbxml.require();
    }

    @Test
    void anonymousWithoutStringTableIsTheEasForm() throws Exception {
        byte[] wbxml = Libwbxml.xml2wbxml(FOLDER_SYNC);

        // 03 01 6A 00: WBXML 1.3, public id 1 (unknown), UTF-8, empty string table; then SWITCH_PAGE 7, FolderSync.
        assertThat(Arrays.copyOf(wbxml, 7)).containsExactly(0x03, 0x01, 0x6A, 0x00, 0x00, 0x07, 0x56);
        assertThat(Wbxml.decode(wbxml).children()).hasSize(3);
    }

    @Test
    void withoutAnonymousThePublicIdIsAStringTableReference() {
        byte[] wbxml = Libwbxml.xml2wbxml(FOLDER_SYNC, "-v", "1.3", "-n");

        // 03 00 00 6A 21 "-//MICROSOFT//DTD ActiveSync//EN" 00: public id 0 = "see string table index 0".
        assertThat(Arrays.copyOf(wbxml, 5)).containsExactly(0x03, 0x00, 0x00, 0x6A, 0x21);
        assertThatThrownBy(() -> Wbxml.decode(wbxml)).isInstanceOfSatisfying(WbxmlException.class,
                e -> assertThat(e.kind()).isEqualTo(WbxmlException.Kind.UNSUPPORTED));
    }

    @Test
    void withoutNoStringTableRepeatedStringsBecomeStrT() {
        byte[] wbxml = Libwbxml.xml2wbxml(FOLDER_SYNC, "-v", "1.3", "-a");

        // 03 01 6A 06 "Inbox" 00: a six-byte string table, later referenced as STR_T (0x83) 00.
        assertThat(Arrays.copyOf(wbxml, 4)).containsExactly(0x03, 0x01, 0x6A, 0x06);
        assertThat(indexOf(wbxml, (byte) 0x83, (byte) 0x00)).isPositive();
        assertThatThrownBy(() -> Wbxml.decode(wbxml)).isInstanceOfSatisfying(WbxmlException.class,
                e -> assertThat(e.kind()).isEqualTo(WbxmlException.Kind.UNSUPPORTED));
    }

    private static int indexOf(byte[] haystack, byte first, byte second) {
        for (int i = 0; i + 1 < haystack.length; i++) {
            if (haystack[i] == first && haystack[i + 1] == second) {
                return i;
            }
        }
        return -1;
    }
}
