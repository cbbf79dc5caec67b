package org.pushbox.protocol.codepage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pushbox.testing.Requirements;

/**
 * The Java table against {@code docs/wbxml-tokens.csv} (the specification's table plus the
 * legacy tokens that implementations decode) and against the Interop-TestSuites code pages.
 */
class CodePagesTableTest {

    /** Where we follow MS-ASWBXML.cs and the XSDs instead of the specification's tag table. */
    private static final Map<String, String> RENAMED = Map.of(
            "11/0x09", "CheckCrl",           // spec table: CheckCRL
            "21/0x17", "ForwardeeName",      // spec table: Name (ComposeMail.xsd: ForwardeeName)
            "21/0x18", "ForwardeeEmail",     // spec table: Email (ComposeMail.xsd: ForwardeeEmail)
            "25/0x19", "GALSearchCriterion"); // spec table: GalSearchCriterion

    /** The spec table omits 16.1 for these two Provision rows although MS-ASPROV keeps them in 16.1. */
    private static final Set<String> EXTENDED_TO_16_1 = Set.of("14/0x16", "14/0x28");

    /** Horde's private annotations page is not EAS. */
    private static final int HORDE_PAGE = 254;

    record Row(int page, String namespace, int token, String tag, Set<EasVersion> versions, boolean inSpec) {
        String key() {
            return page + "/" + String.format("0x%02X", token);
        }
    }

    static List<Row> csvRows() throws Exception {
        Path csv = Requirements.shared().resolve("docs/wbxml-tokens.csv");
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("page,namespace,token_hex,tag,spec_versions,in_spec_table,sources_with_same_token");
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = splitCsv(line);
            Set<EasVersion> versions = EnumSet.noneOf(EasVersion.class);
            String v = f.get(4).trim();
            if (v.equals("All")) {
                versions = EnumSet.allOf(EasVersion.class);
            } else if (!v.isEmpty()) {
                for (String one : v.split(",")) {
                    versions.add(EasVersion.fromText(one.trim()));
                }
            }
            assertThat(versions).doesNotContainNull();
            rows.add(new Row(Integer.parseInt(f.get(0)), f.get(1), Integer.decode(f.get(2)), f.get(3), versions,
                    f.get(5).equals("yes")));
        }
        return rows;
    }

    private static List<String> splitCsv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        fields.add(cur.toString());
        return fields;
    }

    @Test
    void everyCsvRowIsInTheTableWithTheSameName() throws Exception {
        List<Row> rows = csvRows();
        assertThat(rows).hasSize(659);
        int checked = 0;
        for (Row row : rows) {
            if (row.page() == HORDE_PAGE) {
                assertThat(CodePages.page(row.page())).isNull();
                continue;
            }
            Tag tag = CodePages.tag(row.page(), row.token());
            assertThat(tag).as("row %s %s", row.key(), row.tag()).isNotNull();
            assertThat(tag.namespace()).as(row.key()).isEqualTo(row.namespace());
            assertThat(tag.name()).as(row.key()).isEqualTo(RENAMED.getOrDefault(row.key(), row.tag()));
            assertThat(tag.legacy()).as("legacy flag of %s", tag).isEqualTo(!row.inSpec());
            Set<EasVersion> expected = EnumSet.noneOf(EasVersion.class);
            expected.addAll(row.versions());
            if (EXTENDED_TO_16_1.contains(row.key())) {
                assertThat(expected).doesNotContain(EasVersion.V16_1);
                expected.add(EasVersion.V16_1);
            }
            assertThat(tag.versions().versions()).as("versions of %s", tag).isEqualTo(expected);
            checked++;
        }
        assertThat(checked).isEqualTo(655);
    }

    @Test
    void everyTableTagHasACsvRow() throws Exception {
        Set<String> csvKeys = new HashSet<>();
        for (Row row : csvRows()) {
            csvKeys.add(row.key());
        }
        List<Tag> all = CodePages.allTags();
        assertThat(all).hasSize(655);
        for (Tag tag : all) {
            assertThat(csvKeys).as("CSV row for %s", tag).contains(tag.page() + "/" + String.format("0x%02X", tag.token()));
        }
    }

    @Test
    void deliberateRenamesDifferFromTheSpecTableOnly() throws Exception {
        Map<String, String> csvNames = new HashMap<>();
        for (Row row : csvRows()) {
            csvNames.put(row.key(), row.tag());
        }
        assertThat(csvNames).containsEntry("11/0x09", "CheckCRL").containsEntry("21/0x17", "Name")
                .containsEntry("21/0x18", "Email").containsEntry("25/0x19", "GalSearchCriterion");
        for (Map.Entry<String, String> e : RENAMED.entrySet()) {
            String[] pt = e.getKey().split("/");
            assertThat(CodePages.tag(Integer.parseInt(pt[0]), Integer.decode(pt[1])).name()).isEqualTo(e.getValue());
        }
    }

    @Test
    void namesAgreeWithTheInteropTestSuitesCodePages() throws Exception {
        String json = Files.readString(Requirements.corpus().resolve("tools/its_codepages.json"));
        Matcher page = Pattern.compile("\"(\\d+)\": \\{\\s*\"namespace\": \"(\\w+)\",[^{]*\"tokens\": \\{([^}]*)}")
                .matcher(json);
        Pattern token = Pattern.compile("\"0x([0-9A-F]{2})\": \"(\\w+)\"");
        int pages = 0;
        int tokens = 0;
        while (page.find()) {
            int number = Integer.parseInt(page.group(1));
            assertThat(CodePages.page(number).namespace()).isEqualTo(page.group(2));
            Matcher t = token.matcher(page.group(3));
            while (t.find()) {
                Tag tag = CodePages.tag(number, Integer.parseInt(t.group(1), 16));
                assertThat(tag).as("%s 0x%s %s", page.group(2), t.group(1), t.group(2)).isNotNull();
                assertThat(tag.name()).isEqualTo(t.group(2));
                assertThat(tag.legacy()).as("%s is in the current specification", tag).isFalse();
                tokens++;
            }
            pages++;
        }
        assertThat(pages).isEqualTo(25); // every page but AirNotify
        assertThat(tokens).isGreaterThan(500);
    }

    @Test
    void pagesAreNumberedZeroToTwentyFiveWithTheirNamespaces() {
        List<String> expected = List.of("AirSync", "Contacts", "Email", "AirNotify", "Calendar", "Move",
                "GetItemEstimate", "FolderHierarchy", "MeetingResponse", "Tasks", "ResolveRecipients", "ValidateCert",
                "Contacts2", "Ping", "Provision", "Search", "GAL", "AirSyncBase", "Settings", "DocumentLibrary",
                "ItemOperations", "ComposeMail", "Email2", "Notes", "RightsManagement", "Find");
        assertThat(CodePages.pages()).extracting(CodePage::namespace).containsExactlyElementsOf(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(CodePages.page(i).number()).isEqualTo(i);
            assertThat(CodePages.page(expected.get(i))).isSameAs(CodePages.page(i));
        }
        assertThat(CodePages.page(26)).isNull();
        assertThat(CodePages.page(-1)).isNull();
        assertThat(CodePages.page("Gal")).isNull();
        assertThat(CodePages.page("RightsManagement").prefix()).isEqualTo("rm");
    }

    @Test
    void bothLookupsFindTheSameTag() {
        for (Tag tag : CodePages.allTags()) {
            assertThat(CodePages.tag(tag.namespace(), tag.name())).isSameAs(tag);
            assertThat(CodePages.tag(tag.page(), tag.token())).isSameAs(tag);
            assertThat(CodePages.require(tag.namespace(), tag.name())).isSameAs(tag);
        }
        assertThat(CodePages.tag(0, 0x3F)).isNull();
        assertThat(CodePages.tag(0, 0x40)).isNull();
        assertThat(CodePages.tag(0, 0x04)).isNull();
        assertThat(CodePages.tag(99, 0x05)).isNull();
        assertThat(CodePages.tag("AirSync", "Timezone")).isNull();
        assertThatThrownBy(() -> CodePages.require("AirSync", "Nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AirSync:Nope");
    }

    @Test
    void tagsAreIdentifiedByPageAndTokenNotByName() {
        Tag airSyncKey = CodePages.tag("AirSync", "SyncKey");
        Tag folderSyncKey = CodePages.tag("FolderHierarchy", "SyncKey");
        assertThat(airSyncKey.name()).isEqualTo(folderSyncKey.name());
        assertThat(airSyncKey).isNotEqualTo(folderSyncKey);
        assertThat(airSyncKey.page()).isEqualTo(0);
        assertThat(airSyncKey.token()).isEqualTo(0x0B);
        assertThat(folderSyncKey.page()).isEqualTo(7);
        assertThat(folderSyncKey.token()).isEqualTo(0x12);
        assertThat(airSyncKey.toString()).isEqualTo("AirSync:SyncKey");
    }

    @Test
    void versionsAndLegacyFlags() {
        Tag timezone = CodePages.tag("Calendar", "Timezone");
        assertThat(timezone.page()).isEqualTo(4);
        assertThat(timezone.token()).isEqualTo(0x05);
        assertThat(timezone.versions()).isEqualTo(EasVersionRange.ALL);

        Tag clientUid = CodePages.tag("Calendar", "ClientUid");
        assertThat(clientUid.knownIn(EasVersion.V14_1)).isFalse();
        assertThat(clientUid.knownIn(EasVersion.V16_0)).isTrue();
        assertThat(clientUid.versions().toString()).isEqualTo("16.0+");

        Tag location = CodePages.tag("Calendar", "Location");
        assertThat(location.versions().toString()).isEqualTo("<=14.1");
        assertThat(location.knownIn(EasVersion.V16_0)).isFalse();

        Tag truncation = CodePages.tag("AirSync", "Truncation");
        assertThat(truncation.legacy()).isTrue();
        assertThat(truncation.knownIn(EasVersion.V2_5)).isFalse();
        assertThat(CodePages.page("AirNotify").tags()).allMatch(Tag::legacy).hasSize(18);

        Tag find = CodePages.tag("Find", "Find");
        assertThat(find.page()).isEqualTo(25);
        assertThat(find.versions().versions()).containsExactly(EasVersion.V16_1);
    }

    @Test
    void versionRangeNotation() {
        assertThat(EasVersionRange.parse("12.0-16.0").versions())
                .containsExactly(EasVersion.V12_0, EasVersion.V12_1, EasVersion.V14_0, EasVersion.V14_1, EasVersion.V16_0);
        assertThat(EasVersionRange.parse("all")).isSameAs(EasVersionRange.ALL);
        assertThat(EasVersionRange.parse("legacy").isEmpty()).isTrue();
        assertThat(EasVersionRange.parse("14.1").toString()).isEqualTo("14.1");
        assertThatThrownBy(() -> EasVersionRange.parse("13.0+")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EasVersionRange.parse("16.0-12.0")).isInstanceOf(IllegalArgumentException.class);
        assertThat(EasVersion.fromText("12.1")).isEqualTo(EasVersion.V12_1);
        assertThat(EasVersion.fromText("2.0")).isNull();
    }
}
