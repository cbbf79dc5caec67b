package org.pushbox.server.pim;

import static org.assertj.core.api.Assertions.assertThat;

import ezvcard.VCardVersion;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Export, import into a fresh account, export again: the two exports are byte for byte the same once
 * DTSTAMP and PRODID are set aside (the only values that may legitimately differ between runs).
 */
class RoundTripTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "CONTACTS, google-contacts.vcf, 3.0", "CONTACTS, apple-contacts.vcf, 3.0",
        "CONTACTS, outlook-contacts.vcf, 3.0", "CONTACTS, vcard4.vcf, 4.0", "CONTACTS, apple-contacts.vcf, 4.0",
        "CALENDAR, google-calendar.ics, -", "CALENDAR, apple-calendar.ics, -", "CALENDAR, outlook-calendar.ics, -",
        "CALENDAR, thunderbird.ics, -", "TASKS, thunderbird.ics, -", "NOTES, notes.ics, -"})
    void exportImportExportIsStable(PimKind kind, String file, String version) throws Exception {
        ZoneId zone = ZoneId.of("Australia/Sydney");
        VCardVersion v = version.equals("4.0") ? VCardVersion.V4_0 : VCardVersion.V3_0;
        String first;
        try (PimStore a = new PimStore(dir.resolve("a"))) {
            assertThat(a.importResource(kind, file, zone).failures()).isEmpty();
            first = a.export(kind, v);
        }
        String second;
        try (PimStore b = new PimStore(dir.resolve("b"))) {
            ImportReport report = b.importText(kind, first, zone);
            assertThat(report.failures()).isEmpty();
            second = b.export(kind, v);
        }
        assertThat(normalise(second)).isEqualTo(normalise(first));
        assertThat(first).isNotBlank();
    }

    @Test
    void reimportIntoTheSameAccountUpdatesEveryItem() throws Exception {
        try (PimStore s = new PimStore(dir)) {
            s.importResource(PimKind.CALENDAR, "outlook-calendar.ics", ZoneId.of("UTC"));
            String first = s.export(PimKind.CALENDAR, null);
            ImportReport again = s.importText(PimKind.CALENDAR, first, ZoneId.of("UTC"));
            assertThat(again.updatedCount()).isEqualTo(6);
            assertThat(again.addedCount()).isZero();
            assertThat(normalise(s.export(PimKind.CALENDAR, null))).isEqualTo(normalise(first));
        }
    }

    static String normalise(String text) {
        return text.replaceAll("(?m)^(DTSTAMP|PRODID)[:;].*\\r?\\n", "");
    }
}
