package org.pushbox.protocol.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pushbox.protocol.command.ItemClass;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

class TimeZoneInformationTest {

    /** The vectors of eas-protocol.md 4.1, whose middle parts the document elides with "…". */
    @Test
    void documentedVectors() {
        String utc = TimeZoneInformation.UTC.toBase64();
        assertThat(utc).hasSize(232).matches("A+==");
        assertThat(TimeZoneInformation.UTC.toBytes()).containsOnly(0);

        TimeZoneInformation pacific = new TimeZoneInformation(480, "Pacific Standard Time",
                SystemTime.recurring(11, 0, 1, 2, 0), 0, "Pacific Daylight Time", SystemTime.recurring(3, 0, 2, 2, 0), -60);
        String p = pacific.toBase64();
        assertThat(p).startsWith("4AEAAFAAYQBjAGkAZgBpAGMAIABTAHQAYQBuAGQAYQByAGQAIABUAGkAbQBlAAAA")
                .contains("AsAAAABAAIA").endsWith("AMAAAACAAIAAAAAAAAAxP///w==");
        TimeZoneInformation parsed = TimeZoneInformation.fromBase64(p);
        assertThat(parsed).isEqualTo(pacific);
        assertThat(parsed.bias()).isEqualTo(480);
        assertThat(parsed.standardDate()).isEqualTo(new SystemTime(0, 11, 0, 1, 2, 0, 0, 0));
        assertThat(parsed.daylightBias()).isEqualTo(-60);
        assertThat(parsed.observesDaylightTime()).isTrue();

        TimeZoneInformation cet = new TimeZoneInformation(-60, "", SystemTime.recurring(10, 0, 5, 3, 0), 0, "",
                SystemTime.recurring(3, 0, 5, 2, 0), -60);
        String c = cet.toBase64();
        assertThat(c).startsWith("xP///wAA").contains("AAoAAAAFAAMA").endsWith("AAMAAAAFAAIAAAAAAAAAxP///w==");
        TimeZoneInformation cetParsed = TimeZoneInformation.fromBase64(c);
        assertThat(cetParsed.bias()).isEqualTo(-60);
        assertThat(cetParsed.standardName()).isEmpty();
        assertThat(cetParsed.daylightDate().day()).isEqualTo(5);
    }

    /** Every Timezone that a device or Exchange sent: fields rebuilt into bytes give the same bytes. */
    @Test
    void corpusTimezonesRoundTripByteForByte() throws Exception {
        Set<String> blobs = new LinkedHashSet<>();
        for (CorpusItems.Item item : CorpusItems.all()) {
            if (item.itemClass() == ItemClass.CALENDAR) {
                WbxmlElement tz = item.applicationData().child(CalendarEvent.TIMEZONE.tag());
                if (tz != null) {
                    blobs.add(tz.textOrOpaqueAsString());
                }
            }
        }
        assertThat(blobs).hasSizeGreaterThanOrEqualTo(2);
        for (String blob : blobs) {
            byte[] raw = Base64.getDecoder().decode(blob);
            TimeZoneInformation tz = TimeZoneInformation.parse(raw);
            TimeZoneInformation rebuilt = new TimeZoneInformation(tz.bias(), tz.standardName(), tz.standardDate(),
                    tz.standardBias(), tz.daylightName(), tz.daylightDate(), tz.daylightBias());
            assertThat(rebuilt.toBytes()).as(blob).isEqualTo(raw);
            assertThat(rebuilt.toBase64()).isEqualTo(blob);
        }
    }

    @Test
    void anyBlobRoundTripsEvenWithGarbageAfterANameTerminator() {
        Random random = new Random(42);
        for (int i = 0; i < 500; i++) {
            byte[] blob = new byte[TimeZoneInformation.LENGTH];
            random.nextBytes(blob);
            if (i % 2 == 0) {
                blob[4 + 10] = 0; // an embedded NUL in StandardName
                blob[4 + 11] = 0;
            }
            assertThat(TimeZoneInformation.parse(blob).toBytes()).isEqualTo(blob);
        }
    }

    @Test
    void lengthIsStrict() {
        for (int length : new int[] {0, 171, 173, 344}) {
            assertThatThrownBy(() -> TimeZoneInformation.parse(new byte[length]))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(length + " bytes");
        }
        assertThatThrownBy(() -> new TimeZoneInformation(0, "x".repeat(33), SystemTime.NONE, 0, "", SystemTime.NONE, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBadTimezoneInAnEventNamesTheElement() {
        String shortBlob = Base64.getEncoder().encodeToString(new byte[171]);
        for (String bad : new String[] {shortBlob, "not base64!", "AAAA"}) {
            WbxmlElement data = WbxmlElement.of(ItemData.APPLICATION_DATA,
                    WbxmlElement.text(CalendarEvent.TIMEZONE.tag(), bad));
            assertThatThrownBy(() -> CalendarEvent.decode(data, ProtocolVersion.V14_1))
                    .isInstanceOf(DataClassException.class).hasMessageContaining("Calendar:Timezone");
        }
    }
}
