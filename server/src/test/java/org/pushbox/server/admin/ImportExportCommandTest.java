package org.pushbox.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.server.admin.CliRunner.Run;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.ItemFilter;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;

/** {@code pushbox import|export} through the real command line on an H2 store. */
class ImportExportCommandTest {

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void account() throws Exception {
        cli = new CliRunner(dir);
        try (MailboxStore store = cli.open()) {
            Account anna = store.accounts().create(NewAccount.of("anna", "pw", "Anna", "anna@example.org"));
            store.folders().create(anna.id(), 0, "Work contacts", FolderType.USER_CONTACTS);
        }
    }

    Path fixture(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/pim/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    long count(FolderType type) throws Exception {
        try (MailboxStore store = cli.open()) {
            long anna = store.accounts().findByLogin("anna").orElseThrow().id();
            long folder = store.folders().findByType(anna, type).orElseThrow().id();
            return store.items().ids(folder, ItemFilter.ALL).size();
        }
    }

    @Test
    void importEverythingExitsZeroAndExportWritesTheFile() throws Exception {
        Run run = cli.run("import", "calendar", "anna", fixture("outlook-calendar.ics").toString(),
                "--time-zone", "Europe/Berlin");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("anna calendar: 6 imported (6 added, 0 updated), 0 failed");
        assertThat(count(FolderType.CALENDAR)).isEqualTo(6);

        Path out = dir.resolve("calendar.ics");
        Run export = cli.run("export", "calendar", "anna", out.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.err()).contains("6 exported");
        String ics = Files.readString(out);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("TZID:Australia/Sydney", "SUMMARY:Monatsreview")
                .endsWith("END:VCALENDAR\r\n");
        assertThat(dir.resolve("calendar.ics.partial")).doesNotExist();

        Run again = cli.run("import", "calendar", "anna", out.toString());
        assertThat(again.out()).contains("6 imported (0 added, 6 updated)");
        assertThat(count(FolderType.CALENDAR)).isEqualTo(6);
    }

    /** A contact with a 2 KB embedded photo. */
    Path photoContact() throws Exception {
        byte[] photo = new byte[2048];
        photo[0] = (byte) 0xFF;
        photo[1] = (byte) 0xD8;
        return Files.writeString(dir.resolve("photo.vcf"), "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Photo;Paula;;;\r\n"
                + "FN:Paula Photo\r\nPHOTO;ENCODING=b;TYPE=JPEG:"
                + java.util.Base64.getEncoder().encodeToString(photo) + "\r\nEND:VCARD\r\n");
    }

    @Test
    void aPhotoWithinTheConfiguredLimitImportsWithoutWarning() throws Exception {
        Run run = cli.run("import", "contacts", "anna", photoContact().toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("warning");
        assertThat(run.out()).contains("1 imported (1 added, 0 updated), 0 failed").doesNotContain("warnings");
    }

    @Test
    void aPhotoOverTheConfiguredLimitIsAWarningOnStandardError() throws Exception {
        Files.writeString(dir.resolve("pushbox.conf"), "pim.contact-picture-max-bytes=1k\n",
                java.nio.file.StandardOpenOption.APPEND);
        Path file = photoContact();
        Run run = cli.run("import", "contacts", "anna", file.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains(file + ": line 1: warning: VCARD: PHOTO of 2048 bytes is over "
                + "pim.contact-picture-max-bytes (1024)");
        assertThat(run.out()).contains("1 imported (1 added, 0 updated), 0 failed, 1 with warnings");
        assertThat(count(FolderType.CONTACTS)).isEqualTo(1);
    }

    @Test
    void someFailuresExitTwoWithEachLineOnStandardError() throws Exception {
        Path file = fixture("broken-contacts.vcf");
        Run run = cli.run("import", "contacts", "anna", file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(file + ": line 7: BEGIN:VCARD without END:VCARD",
                file + ": line 17: END:VCARD without BEGIN:VCARD");
        assertThat(run.out()).contains("3 imported (3 added, 0 updated), 4 failed");
        assertThat(count(FolderType.CONTACTS)).isEqualTo(3);
    }

    @Test
    void nothingImportedExitsOne() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.ics"), "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\n");
        Run run = cli.run("import", "calendar", "anna", file.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("line 2: BEGIN:VEVENT without END:VEVENT");
    }

    @Test
    void namedFolderStandardInputAndVCard4ToStandardOutput() throws Exception {
        CliRunner.Run run = cli.runWithInput(getClass().getResourceAsStream("/pim/google-contacts.vcf"),
                "import", "contacts", "anna", "-", "--folder", "work contacts");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(count(FolderType.CONTACTS)).isZero();
        Run export = cli.run("export", "contacts", "anna", "--folder", "Work contacts", "--vcard-version", "4.0");
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).contains("VERSION:4.0", "FN:Anna Schmidt", "X-GOOGLE-TALK:anna.schmidt@gmail.com");
    }

    @Test
    void badArgumentsAreOneLineErrors() throws Exception {
        assertThat(cli.run("import", "mail", "anna", "x.ics").err()).contains("pushbox: not contacts, calendar");
        assertThat(cli.run("import", "notes", "nobody", fixture("notes.ics").toString()).err())
                .contains("pushbox: no account with login 'nobody'");
        assertThat(cli.run("import", "notes", "anna", dir.resolve("missing.ics").toString()).err())
                .contains("pushbox: no such file");
        assertThat(cli.run("export", "contacts", "anna", "--vcard-version", "2.1").err())
                .contains("pushbox: --vcard-version is 3.0 or 4.0");
        assertThat(cli.run("export", "tasks", "anna", "--folder", "Nope").err())
                .contains("pushbox: account anna has no tasks folder named 'Nope'");
    }

    @Test
    void progressBarText() {
        assertThat(ProgressBar.line(50, 1234, 100)).isEqualTo("[###############---------------]  50%  1,234 entries");
        assertThat(ProgressBar.line(50, 7, -1)).isEqualTo("7 entries");
    }
}
