package org.pushbox.server.admin;

import ezvcard.VCardVersion;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.pushbox.server.pim.PimExporter;
import org.pushbox.server.pim.PimKind;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.MailboxStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pushbox export contacts|calendar|tasks|notes LOGIN [FILE|-]}: a folder as vCard or iCalendar
 * (docs/import-export.md). A file is written beside its target and moved into place at the end, so a
 * failed export never leaves half a file under the name.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export an account's contacts (vCard), calendar events, tasks or notes (iCalendar).")
final class ExportCommand extends StoreCommand {

    @Parameters(index = "0", paramLabel = "KIND", description = "contacts, calendar, tasks or notes")
    String kind;

    @Parameters(index = "1", paramLabel = "LOGIN")
    String login;

    @Parameters(index = "2", arity = "0..1", paramLabel = "FILE", description = "Where to write; - or none: "
            + "standard output.")
    String file;

    @Option(names = "--folder", paramLabel = "NAME", description = "A folder of the account by name "
            + "(default: the account's Contacts, Calendar, Tasks or Notes folder).")
    String folder;

    @Option(names = "--vcard-version", paramLabel = "VERSION", defaultValue = "3.0",
            description = "vCard version of a contacts export: 3.0 (default) or 4.0.")
    String vcardVersion;

    @Override
    int run(MailboxStore store, PrintWriter out) {
        PimKind pimKind;
        VCardVersion version;
        try {
            pimKind = PimKind.ofWord(kind);
            version = switch (vcardVersion) {
                case "3.0" -> VCardVersion.V3_0;
                case "4.0" -> VCardVersion.V4_0;
                default -> throw new IllegalArgumentException("--vcard-version is 3.0 or 4.0, not " + vcardVersion);
            };
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage());
        }
        Account account = existing(store, login);
        PimExporter exporter = new PimExporter(store);
        try {
            if (file == null || file.equals("-")) {
                exporter.run(account, pimKind, folder, version, out);
                out.flush();
                return 0;
            }
            Path target = Path.of(file).toAbsolutePath();
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            int count;
            try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial),
                    StandardCharsets.UTF_8))) {
                count = exporter.run(account, pimKind, folder, version, w);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            spec.commandLine().getErr().println(login + " " + pimKind.word() + ": " + count + " exported to " + file);
            spec.commandLine().getErr().flush();
            return 0;
        } catch (IOException e) {
            return fail("writing " + file + ": " + e.getMessage());
        }
    }
}
