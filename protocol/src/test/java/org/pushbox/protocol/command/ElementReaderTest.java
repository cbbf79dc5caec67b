package org.pushbox.protocol.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

/** The shared reading and writing rules every codec relies on. */
class ElementReaderTest {

    private static final Tag SYNC = CodePages.require("AirSync", "Sync");
    private static final Tag WINDOW_SIZE = CodePages.require("AirSync", "WindowSize");
    private static final Tag PARTIAL = CodePages.require("AirSync", "Partial");
    private static final Tag WAIT = CodePages.require("AirSync", "Wait");
    private static final Tag HEARTBEAT = CodePages.require("AirSync", "HeartbeatInterval");

    private static ElementReader reader(WbxmlElement... children) throws CommandException {
        return ElementReader.of(WbxmlElement.of(SYNC, children), CommonStatus.INVALID_XML, WINDOW_SIZE, PARTIAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "+5", "5 ", " 5", "1.5", "0x10", "five", "-", "99999999999999999999"})
    void integersArePlainDecimals(String text) {
        assertThatThrownBy(() -> reader(WbxmlElement.text(WINDOW_SIZE, text)).longValue(WINDOW_SIZE))
                .isInstanceOfSatisfying(CommandException.class, e -> assertThat(e.code()).isEqualTo(103));
    }

    @Test
    void integersBooleansAndRanges() throws Exception {
        assertThat(reader(WbxmlElement.text(WINDOW_SIZE, "-1")).longValue(WINDOW_SIZE)).isEqualTo(-1L);
        assertThat(reader(WbxmlElement.opaque(WINDOW_SIZE, "42".getBytes())).integer(WINDOW_SIZE, 0, 512)).isEqualTo(42);
        assertThat(reader(WbxmlElement.empty(PARTIAL)).bool(PARTIAL)).isTrue();
        assertThat(reader(WbxmlElement.text(PARTIAL, "0")).bool(PARTIAL)).isFalse();
        assertThat(reader().bool(PARTIAL)).isNull();
        assertThatThrownBy(() -> reader(WbxmlElement.text(WINDOW_SIZE, "513")).integer(WINDOW_SIZE, 0, 512))
                .isInstanceOf(CommandException.class);
        assertThatThrownBy(() -> reader(WbxmlElement.text(PARTIAL, "true")).bool(PARTIAL))
                .isInstanceOf(CommandException.class);
    }

    @Test
    void unknownChildrenAreRefusedAndLegacyOnesSkipped() throws Exception {
        assertThatThrownBy(() -> reader(WbxmlElement.text(WAIT, "5"))).isInstanceOf(CommandException.class);
        Tag legacy = CodePages.require("AirSync", "Truncation");
        assertThat(legacy.legacy()).isTrue();
        assertThat(reader(WbxmlElement.text(legacy, "4")).has(WINDOW_SIZE)).isFalse();
    }

    @Test
    void aContainerHoldingAValueIsRefusedUnlessEmpty() throws Exception {
        assertThatThrownBy(() -> ElementReader.of(WbxmlElement.text(SYNC, "x"), CommonStatus.INVALID_XML))
                .isInstanceOf(CommandException.class);
        assertThat(ElementReader.of(WbxmlElement.text(SYNC, ""), CommonStatus.INVALID_XML).element().children()).isEmpty();
    }

    @Test
    void theBuilderLeavesOutWhatTheVersionDoesNotKnowAndNulls() {
        WbxmlElement v121 = ElementBuilder.of(SYNC, ProtocolVersion.V12_1).integer(WAIT, 5).integer(HEARTBEAT, 300)
                .integer(WINDOW_SIZE, null).bool(PARTIAL, true).build();
        WbxmlElement v140 = ElementBuilder.of(SYNC, ProtocolVersion.V14_0).integer(HEARTBEAT, 300).build();

        assertThat(v121).isEqualTo(WbxmlElement.of(SYNC, WbxmlElement.text(WAIT, "5"), WbxmlElement.text(PARTIAL, "1")));
        assertThat(v140).isEqualTo(WbxmlElement.of(SYNC, WbxmlElement.text(HEARTBEAT, "300")));
    }

    @Test
    void dateTimesInBothFormats() throws Exception {
        Tag start = CodePages.require("Settings", "StartTime");
        Tag proposed = CodePages.require("MeetingResponse", "ProposedStartTime");
        Instant t = Instant.parse("2025-07-28T09:30:00Z");
        WbxmlElement built = ElementBuilder.of(SYNC, ProtocolVersion.V16_1).dateTime(start, t).compactDateTime(proposed, t)
                .build();

        assertThat(built.child(start).text()).isEqualTo("2025-07-28T09:30:00.000Z");
        assertThat(built.child(proposed).text()).isEqualTo("20250728T093000Z");
        ElementReader r = ElementReader.of(built, CommonStatus.INVALID_XML, start, proposed);
        assertThat(r.dateTime(start)).isEqualTo(t);
        assertThat(r.compactDateTime(proposed)).isEqualTo(t);
    }
}
