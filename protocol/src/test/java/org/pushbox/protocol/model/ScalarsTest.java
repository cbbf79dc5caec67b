package org.pushbox.protocol.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

class ScalarsTest {

    private static final DecodeContext CTX = new DecodeContext(ProtocolVersion.V14_1, DecodeLimits.DEFAULT);
    private static final Tag DATE_RECEIVED = CodePages.require("Email", "DateReceived");
    private static final Tag START_TIME = CodePages.require("Calendar", "StartTime");
    private static final Tag READ = CodePages.require("Email", "Read");
    private static final Tag IMPORTANCE = CodePages.require("Email", "Importance");

    @ParameterizedTest
    @CsvSource({
        "2026-11-22T05:06:47.000Z, 2026-11-22T05:06:47Z",
        "2026-11-22T05:06:47.123Z, 2026-11-22T05:06:47.123Z",
        "2026-11-22T05:06:47Z,     2026-11-22T05:06:47Z",
        "20261122T050647Z,         2026-11-22T05:06:47Z",
        "2024-02-29T23:59:59.999Z, 2024-02-29T23:59:59.999Z",
        "0001-01-01T00:00:00.000Z, 0001-01-01T00:00:00Z",
        "99991231T235959Z,         9999-12-31T23:59:59Z"})
    void bothFormsParseToTheSameInstant(String wire, String expected) throws Exception {
        assertThat(Scalars.DATE_TIME.decode(WbxmlElement.text(DATE_RECEIVED, wire), CTX)).isEqualTo(Instant.parse(expected));
        assertThat(Scalars.COMPACT_DATE_TIME.decode(WbxmlElement.text(START_TIME, wire), CTX))
                .isEqualTo(Instant.parse(expected));
    }

    @Test
    void eachFormIsWrittenExactly() {
        Instant t = Instant.parse("2026-11-22T05:06:47.120Z");
        assertThat(EasDateTime.EXTENDED.format(t)).isEqualTo("2026-11-22T05:06:47.120Z");
        assertThat(EasDateTime.COMPACT.format(t)).isEqualTo("20261122T050647Z");
        assertThat(EasDateTime.EXTENDED.format(Instant.parse("0042-01-02T03:04:05Z"))).isEqualTo("0042-01-02T03:04:05.000Z");
        assertThat(EasDateTime.COMPACT.parseOrNull("2026-11-22T05:06:47.000Z")).isNull();
        assertThat(EasDateTime.EXTENDED.parseOrNull("20261122T050647Z")).isNull();
        assertThatThrownBy(() -> EasDateTime.COMPACT.format(Instant.parse("+10000-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-11-22", "2026-11-22T05:06:47.000", "2026-11-22T05:06:47.000+01:00",
        "2026-11-22 05:06:47.000Z", "2026-13-22T05:06:47.000Z", "2026-02-30T05:06:47.000Z", "2026-11-22T24:00:00.000Z",
        "2026-11-22T05:06:60.000Z", "2026-11-22T05:06:47.1Z", "2026-11-22T05:06:47.1234Z", "2026-11-22t05:06:47.000Z",
        "20261122T050647", "20261122050647Z", "2026112T050647ZZ", "+0261122T050647Z", "2026-11-22T05:06:47,000Z",
        "２026-11-22T05:06:47.000Z", "20261122T056047Z"})
    void malformedDatesNameTheElement(String wire) {
        WbxmlElement e = wire.isEmpty() ? WbxmlElement.text(DATE_RECEIVED, wire) : WbxmlElement.text(DATE_RECEIVED, wire);
        assertThatThrownBy(() -> Scalars.DATE_TIME.decode(e, CTX)).isInstanceOf(DataClassException.class)
                .hasMessageContaining("Email:DateReceived")
                .satisfies(x -> assertThat(((DataClassException) x).element()).isEqualTo(DATE_RECEIVED));
    }

    @Test
    void booleansAreZeroOneAndEmptyMeansOne() throws Exception {
        assertThat(Scalars.BOOLEAN.decode(WbxmlElement.text(READ, "0"), CTX)).isFalse();
        assertThat(Scalars.BOOLEAN.decode(WbxmlElement.text(READ, "1"), CTX)).isTrue();
        assertThat(Scalars.BOOLEAN.decode(WbxmlElement.empty(READ), CTX)).isTrue();
        assertThat(Scalars.BOOLEAN.decode(WbxmlElement.opaque(READ, new byte[] {'1'}), CTX)).isTrue();
        assertThat(Scalars.BOOLEAN.encode(READ, true, null)).isEqualTo(WbxmlElement.text(READ, "1"));
        assertThat(Scalars.BOOLEAN.encode(READ, false, null)).isEqualTo(WbxmlElement.text(READ, "0"));
        for (String bad : new String[] {"true", "2", " 1", "01", "-1", "yes"}) {
            assertThatThrownBy(() -> Scalars.BOOLEAN.decode(WbxmlElement.text(READ, bad), CTX))
                    .isInstanceOf(DataClassException.class).hasMessageContaining("Email:Read");
        }
    }

    @Test
    void integersAreStrictDecimalsWithinTheirRange() throws Exception {
        ValueCodec<Integer> importance = Scalars.integer(0, 2);
        assertThat(importance.decode(WbxmlElement.text(IMPORTANCE, "2"), CTX)).isEqualTo(2);
        assertThat(Scalars.integer(-1, 4).decode(WbxmlElement.text(IMPORTANCE, "-1"), CTX)).isEqualTo(-1);
        assertThat(importance.encode(IMPORTANCE, 1, null)).isEqualTo(WbxmlElement.text(IMPORTANCE, "1"));
        for (String bad : new String[] {"3", "-1", "", "1.0", "+1", " 1", "1 ", "0x1", "one", "99999999999999999999",
            "-"}) {
            assertThatThrownBy(() -> importance.decode(WbxmlElement.text(IMPORTANCE, bad), CTX))
                    .isInstanceOf(DataClassException.class).hasMessageContaining("Email:Importance");
        }
        assertThatThrownBy(() -> Scalars.oneOf(0, 1, 3).decode(WbxmlElement.text(IMPORTANCE, "2"), CTX))
                .isInstanceOf(DataClassException.class).hasMessageContaining("not one of [0, 1, 3]");
        assertThat(Scalars.SIZE.decode(WbxmlElement.text(IMPORTANCE, "4294967295"), CTX)).isEqualTo(4294967295L);
        assertThatThrownBy(() -> Scalars.SIZE.decode(WbxmlElement.text(IMPORTANCE, "4294967296"), CTX))
                .isInstanceOf(DataClassException.class);
    }

    @Test
    void opaqueTextMustBeUtf8WithoutNul() throws Exception {
        Tag subject = CodePages.require("Email", "Subject");
        assertThat(Scalars.TEXT.decode(WbxmlElement.opaque(subject, "Grüße".getBytes(java.nio.charset.StandardCharsets.UTF_8)), CTX))
                .isEqualTo("Grüße");
        assertThatThrownBy(() -> Scalars.TEXT.decode(WbxmlElement.opaque(subject, new byte[] {(byte) 0xC3, 0x28}), CTX))
                .isInstanceOf(DataClassException.class).hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> Scalars.TEXT.decode(WbxmlElement.opaque(subject, new byte[] {'a', 0, 'b'}), CTX))
                .isInstanceOf(DataClassException.class).hasMessageContaining("NUL");
        assertThatThrownBy(() -> Scalars.TEXT.decode(WbxmlElement.of(subject, WbxmlElement.empty(READ)), CTX))
                .isInstanceOf(DataClassException.class).hasMessageContaining("holds elements");
        assertThat(Scalars.TEXT.encode(subject, "", null)).isEqualTo(WbxmlElement.empty(subject));
    }

    @Test
    void decimalsKeepTheirDigits() throws Exception {
        Tag latitude = CodePages.require("AirSyncBase", "Latitude");
        for (String ok : new String[] {"48.8566", "-122.4194", "2", "1.5E+3", "0.000001"}) {
            assertThat(Scalars.DECIMAL.encode(latitude, Scalars.DECIMAL.decode(WbxmlElement.text(latitude, ok), CTX), null))
                    .isEqualTo(WbxmlElement.text(latitude, ok));
        }
        for (String bad : new String[] {"NaN", "1,5", ".5", "1e99999", "--1", ""}) {
            assertThatThrownBy(() -> Scalars.DECIMAL.decode(WbxmlElement.text(latitude, bad), CTX))
                    .isInstanceOf(DataClassException.class).hasMessageContaining("AirSyncBase:Latitude");
        }
    }
}
