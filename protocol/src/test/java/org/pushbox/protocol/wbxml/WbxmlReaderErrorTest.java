package org.pushbox.protocol.wbxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pushbox.protocol.wbxml.WbxmlException.Kind.LIMIT_EXCEEDED;
import static org.pushbox.protocol.wbxml.WbxmlException.Kind.MALFORMED;
import static org.pushbox.protocol.wbxml.WbxmlException.Kind.UNKNOWN_TAG;
import static org.pushbox.protocol.wbxml.WbxmlException.Kind.UNSUPPORTED;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of input the reader refuses, with the exact byte offset it reports. */
class WbxmlReaderErrorTest {

    static WbxmlException decodeFails(String hex, WbxmlLimits limits) {
        byte[] doc = Hex.parse(hex);
        try {
            WbxmlElement tree = Wbxml.decode(doc, limits);
            throw new AssertionError("decoded " + hex + " to " + tree);
        } catch (WbxmlException e) {
            return e;
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // what                         | input                                  | kind        | offset | message
        "empty input                    | ''                                     | MALFORMED   | 0  | empty input",
        "WBXML version 1.4              | 04 01 6A 00 45 01                      | UNSUPPORTED | 0  | version byte 0x04",
        "WBXML version 1.0              | 00 01 6A 00 45 01                      | UNSUPPORTED | 0  | version byte 0x00",
        "public id in string table      | 03 00 00 6A 00 45 01                   | UNSUPPORTED | 1  | public identifier 0",
        "another public id              | 03 0B 6A 00 45 01                      | UNSUPPORTED | 1  | public identifier 11",
        "charset US-ASCII               | 03 01 03 00 45 01                      | UNSUPPORTED | 2  | charset MIBenum 3",
        "string table length > 0        | 03 01 6A 02 41 00 45 01                | UNSUPPORTED | 3  | string table of 2 bytes",
        "truncated header               | 03 01                                  | MALFORMED   | 2  | input ends inside the charset",
        "no root element                | 03 01 6A 00                            | MALFORMED   | 4  | before the root element",
        "only a page switch             | 03 01 6A 00 00 01                      | MALFORMED   | 6  | before the root element",
        "STR_T                          | 03 01 6A 00 45 83 00 01                | UNSUPPORTED | 5  | STR_T",
        "ENTITY                         | 03 01 6A 00 45 02 41 01                | UNSUPPORTED | 5  | ENTITY",
        "LITERAL                        | 03 01 6A 00 45 04 00 01                | UNSUPPORTED | 5  | LITERAL",
        "LITERAL_C                      | 03 01 6A 00 45 44 00 01 01             | UNSUPPORTED | 5  | LITERAL_C",
        "LITERAL_A                      | 03 01 6A 00 45 84 00 01 01             | UNSUPPORTED | 5  | LITERAL_A",
        "LITERAL_AC                     | 03 01 6A 00 45 C4 00 01 01             | UNSUPPORTED | 5  | LITERAL_AC",
        "EXT_I_0                        | 03 01 6A 00 45 40 41 00 01             | UNSUPPORTED | 5  | EXT_I_0",
        "EXT_T_1                        | 03 01 6A 00 45 81 00 01                | UNSUPPORTED | 5  | EXT_T_1",
        "EXT_2                          | 03 01 6A 00 45 C2 01                   | UNSUPPORTED | 5  | EXT_2",
        "PI                             | 03 01 6A 00 45 43 05 01 01             | UNSUPPORTED | 5  | PI",
        "attributes on a tag            | 03 01 6A 00 45 CB 01 01 01             | UNSUPPORTED | 5  | attribute bit",
        "attributes on the root         | 03 01 6A 00 85 01                      | UNSUPPORTED | 4  | attribute bit",
        "unknown code page 26           | 03 01 6A 00 00 1A 45 01                | UNKNOWN_TAG | 4  | code page 26",
        "Horde page 254                 | 03 01 6A 00 00 FE 45 01                | UNKNOWN_TAG | 4  | code page 254",
        "unknown token on AirSync       | 03 01 6A 00 45 7F 01                   | UNKNOWN_TAG | 5  | token 0x3F is not defined on code page 0 (AirSync)",
        "reserved token on Settings     | 03 01 6A 00 00 12 45 6A 01 01          | UNKNOWN_TAG | 7  | token 0x2A is not defined on code page 18 (Settings)",
        "input ends inside an element   | 03 01 6A 00 45 5C 4F                   | MALFORMED   | 7  | input ends inside <AirSync:Collection> with 3",
        "input ends inside STR_I        | 03 01 6A 00 45 4B 03 31 32             | MALFORMED   | 6  | inside STR_I",
        "input ends inside OPAQUE       | 03 01 6A 00 45 4B C3 05 31 32          | MALFORMED   | 6  | OPAQUE of 5 bytes but only 2 bytes left",
        "input ends inside OPAQUE length| 03 01 6A 00 45 4B C3 81                | MALFORMED   | 7  | input ends inside the OPAQUE length",
        "input ends inside SWITCH_PAGE  | 03 01 6A 00 45 00                      | MALFORMED   | 5  | inside SWITCH_PAGE",
        "trailing END                   | 03 01 6A 00 45 01 01                   | MALFORMED   | 6  | trailing byte 0x01 after the end of the root",
        "trailing text                  | 03 01 6A 00 05 03 41 00                | MALFORMED   | 5  | trailing byte 0x03",
        "second root element            | 03 01 6A 00 45 01 45 01                | MALFORMED   | 6  | a second root element",
        "second root after empty root   | 03 01 6A 00 05 05                      | MALFORMED   | 5  | a second root element",
        "page switch after the root     | 03 01 6A 00 45 01 00 01                | MALFORMED   | 6  | a second root element",
        "END without element            | 03 01 6A 00 01                         | MALFORMED   | 4  | END without an open element",
        "text before the root           | 03 01 6A 00 03 41 00 45 01             | MALFORMED   | 4  | STR_I outside of any element",
        "OPAQUE before the root         | 03 01 6A 00 C3 00 45 01                | MALFORMED   | 4  | OPAQUE outside of any element",
        "bad UTF-8 continuation         | 03 01 6A 00 45 4B 03 41 C3 28 00 01 01 | MALFORMED   | 8  | malformed UTF-8 (byte 0xC3)",
        "overlong NUL                   | 03 01 6A 00 45 4B 03 C0 80 00 01 01    | MALFORMED   | 7  | malformed UTF-8 (byte 0xC0)",
        "overlong 3-byte                | 03 01 6A 00 45 4B 03 E0 80 AF 00 01 01 | MALFORMED   | 7  | malformed UTF-8 (byte 0xE0)",
        "UTF-16 surrogate               | 03 01 6A 00 45 4B 03 ED A0 80 00 01 01 | MALFORMED   | 7  | malformed UTF-8 (byte 0xED)",
        "above U+10FFFF                 | 03 01 6A 00 45 4B 03 F4 90 80 80 00 01 01 | MALFORMED | 7 | malformed UTF-8 (byte 0xF4)",
        "sequence cut by the NUL        | 03 01 6A 00 45 4B 03 41 42 E2 82 00 01 01 | MALFORMED | 9 | malformed UTF-8 (byte 0xE2)",
        "lone continuation byte         | 03 01 6A 00 45 4B 03 80 00 01 01       | MALFORMED   | 7  | malformed UTF-8 (byte 0x80)",
        "text then child element        | 03 01 6A 00 45 03 41 00 5C 01 01       | MALFORMED   | 8  | follows text inside <AirSync:Sync>",
        "child element then text        | 03 01 6A 00 45 1C 03 41 00 01          | MALFORMED   | 6  | text after child elements",
        "text then OPAQUE               | 03 01 6A 00 45 03 41 00 C3 00 01       | MALFORMED   | 8  | OPAQUE after text",
    })
    void refuses(String what, String hex, WbxmlException.Kind kind, int offset, String message) {
        WbxmlException e = decodeFails(hex, WbxmlLimits.DEFAULTS);
        assertThat(e.getMessage()).as(what).contains(message).endsWith("(at byte offset " + offset + ")");
        assertThat(e.offset()).as(what).isEqualTo(offset);
        assertThat(e.kind()).as(what).isEqualTo(kind);
    }

    @Test
    void depthLimit() {
        WbxmlLimits two = WbxmlLimits.DEFAULTS.withMaxDepth(2);
        WbxmlException e = decodeFails("03 01 6A 00 45 5C 4F 01 01 01", two);
        assertThat(e.kind()).isEqualTo(LIMIT_EXCEEDED);
        assertThat(e.offset()).isEqualTo(6);
        assertThat(e.getMessage()).contains("would nest 3 deep; the limit is 2");
        // an empty element counts as a level too
        assertThat(decodeFails("03 01 6A 00 45 5C 0F 01 01", two).offset()).isEqualTo(6);
    }

    @Test
    void depthLimitIsNotTrippedAtTheLimit() throws Exception {
        WbxmlLimits three = WbxmlLimits.DEFAULTS.withMaxDepth(3);
        assertThat(Wbxml.decode(Hex.parse("03 01 6A 00 45 5C 4F 01 01 01"), three).children()).hasSize(1);
    }

    @Test
    void deepInputWithDefaultLimitsIsRefusedNotAStackOverflow() {
        StringBuilder hex = new StringBuilder("03 01 6A 00");
        for (int i = 0; i < 100_000; i++) {
            hex.append(" 45");
        }
        WbxmlException e = decodeFails(hex.toString(), WbxmlLimits.DEFAULTS);
        assertThat(e.kind()).isEqualTo(LIMIT_EXCEEDED);
        assertThat(e.offset()).isEqualTo(4 + WbxmlLimits.DEFAULT_MAX_DEPTH);
    }

    @Test
    void stringLimit() throws Exception {
        WbxmlLimits three = WbxmlLimits.DEFAULTS.withMaxStringBytes(3);
        assertThat(Wbxml.decode(Hex.parse("03 01 6A 00 4B 03 41 42 43 00 01"), three).text()).isEqualTo("ABC");
        WbxmlException e = decodeFails("03 01 6A 00 4B 03 41 42 43 44 00 01", three);
        assertThat(e.kind()).isEqualTo(LIMIT_EXCEEDED);
        assertThat(e.offset()).isEqualTo(5);
        assertThat(e.getMessage()).contains("STR_I longer than the limit of 3 bytes");
        // the limit counts UTF-8 bytes, not characters: "é" is 2 bytes
        assertThat(decodeFails("03 01 6A 00 4B 03 C3 A9 C3 A9 00 01", three).kind()).isEqualTo(LIMIT_EXCEEDED);
    }

    @Test
    void opaqueLimit() throws Exception {
        WbxmlLimits two = WbxmlLimits.DEFAULTS.withMaxOpaqueBytes(2);
        assertThat(Wbxml.decode(Hex.parse("03 01 6A 00 4B C3 02 41 42 01"), two).opaque()).containsExactly(0x41, 0x42);
        WbxmlException e = decodeFails("03 01 6A 00 4B C3 03 41 42 43 01", two);
        assertThat(e.kind()).isEqualTo(LIMIT_EXCEEDED);
        assertThat(e.offset()).isEqualTo(5);
        assertThat(e.getMessage()).contains("OPAQUE of 3 bytes is larger than the limit of 2");
    }

    @Test
    void documentSizeLimit() throws Exception {
        WbxmlLimits ten = WbxmlLimits.DEFAULTS.withMaxDocumentBytes(10);
        assertThat(Wbxml.decode(Hex.parse("03 01 6A 00 4B 03 41 42 00 01"), ten).text()).isEqualTo("AB");
        WbxmlException e = decodeFails("03 01 6A 00 4B 03 41 42 43 00 01", ten);
        assertThat(e.kind()).isEqualTo(LIMIT_EXCEEDED);
        assertThat(e.offset()).isEqualTo(10);
        assertThat(e.getMessage()).contains("document of 11 bytes is larger than the limit of 10");
    }

    @Test
    void elementCountLimit() throws Exception {
        WbxmlLimits three = WbxmlLimits.DEFAULTS.withMaxElements(3);
        assertThat(Wbxml.decode(Hex.parse("03 01 6A 00 45 1C 1C 01"), three).children()).hasSize(2);
        WbxmlException e = decodeFails("03 01 6A 00 45 1C 1C 1C 01", three);
        assertThat(e.kind()).isEqualTo(LIMIT_EXCEEDED);
        assertThat(e.offset()).isEqualTo(7);
        assertThat(e.getMessage()).contains("more than 3 elements");
    }

    @Test
    void aHugeDeclaredOpaqueLengthIsRefusedBeforeAllocating() {
        WbxmlLimits unlimited = WbxmlLimits.DEFAULTS.withMaxOpaqueBytes(Integer.MAX_VALUE);
        // 2^31 - 1 declared, 10 bytes present: must fail at once, not allocate 2 GB
        WbxmlException e = decodeFails("03 01 6A 00 4B C3 87 FF FF FF 7F 00 01 02 03 04 05 06 07 08 09", unlimited);
        assertThat(e.kind()).isEqualTo(MALFORMED);
        assertThat(e.offset()).isEqualTo(5);
        assertThat(e.getMessage()).contains("OPAQUE of 2147483647 bytes but only 10 bytes left");
    }

    @Test
    void limitsMustBePositive() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WbxmlLimits.DEFAULTS.withMaxDepth(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void kindsAreDistinct() {
        assertThat(decodeFails("03 01 6A 00 45 7F 01", WbxmlLimits.DEFAULTS).kind()).isEqualTo(UNKNOWN_TAG);
        assertThat(decodeFails("03 01 6A 00 45 83 00 01", WbxmlLimits.DEFAULTS).kind()).isEqualTo(UNSUPPORTED);
    }
}
