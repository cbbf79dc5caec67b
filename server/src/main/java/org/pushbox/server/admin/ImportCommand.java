package org.pushbox.server.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.pushbox.server.pim.ImportReport;
import org.pushbox.server.pim.PimImporter;
import org.pushbox.server.pim.PimKind;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.MailboxStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pushbox import contacts|calendar|tasks|notes LOGIN FILE}: a vCard or iCalendar file into the
 * account (docs/import-export.md). Prints a summary and each failed entry with its line; exits 0 when
 * everything was imported, 2 when some entries failed, 1 when nothing could be imported.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import contacts (vCard 2.1/3.0/4.0), calendar events, tasks or notes (iCalendar) "
                + "into an account. The same UID again updates the item.")
final class ImportCommand extends StoreCommand {

    @Parameters(index = "0", paramLabel = "KIND", description = "contacts, calendar, tasks or notes")
    String kind;

    @Parameters(index = "1", paramLabel = "LOGIN")
    String login;

    @Parameters(index = "2", paramLabel = "FILE", description = "The .vcf or .ics file; - reads standard input.")
    String file;

    @Option(names = "--folder", paramLabel = "NAME", description = "A folder of the account by name "
            + "(default: the account's Contacts, Calendar, Tasks or Notes folder).")
    String folder;

    @Option(names = "--time-zone", paramLabel = "ZONE", description = "IANA zone of floating times and all-day "
            + "dates when the file names none (default: this machine's zone).")
    String timeZone;

    @Override
    int run(MailboxStore store, PrintWriter out) {
        PimKind pimKind;
        ZoneId zone;
        try {
            pimKind = PimKind.ofWord(kind);
            zone = timeZone == null ? ZoneId.systemDefault() : ZoneId.of(timeZone);
        } catch (IllegalArgumentException | DateTimeException e) {
            return fail(e.getMessage());
        }
        Account account = existing(store, login);
        boolean stdinInput = file.equals("-");
        ProgressBar bar = ProgressBar.onTerminal(sizeOf(stdinInput ? null : Path.of(file)));
        ImportReport report;
        try (InputStream in = stdinInput ? stdin : Files.newInputStream(Path.of(file))) {
            report = new PimImporter(store, loaded.contactPictureMaxBytes()).run(account, pimKind, folder, in, zone,
                    bar::update);
        } catch (NoSuchFileException e) {
            return fail("no such file: " + file);
        } catch (IOException e) {
            return fail("reading " + file + ": " + e.getMessage());
        } finally {
            bar.done();
        }
        PrintWriter err = spec.commandLine().getErr();
        for (ImportReport.Failure f : report.failures()) {
            err.println(file + ": " + f);
        }
        for (ImportReport.Warning w : report.warnings()) {
            err.println(file + ": " + w);
        }
        if (report.failedCount() > report.failures().size()) {
            err.println(file + ": ... and " + (report.failedCount() - report.failures().size()) + " more failures");
        }
        err.flush();
        out.println(login + " " + pimKind.word() + ": " + report.summary());
        return report.exitCode();
    }

    private static long sizeOf(Path path) {
        try {
            return path == null ? -1 : Files.size(path);
        } catch (IOException e) {
            return -1;
        }
    }
}
