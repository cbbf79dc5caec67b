package org.pushbox.server.mail.mime;

import java.util.Locale;
import java.util.Map;

/**
 * Display names for attachments: the sender's filename without any path or control characters, else a
 * name made from the part's type. Embedded messages always end in {@code .eml}: Android and Windows Phone
 * open them only then.
 */
final class AttachmentNames {

    static final int MAX_LENGTH = 255;

    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("image/png", ".png"), Map.entry("image/jpeg", ".jpg"), Map.entry("image/gif", ".gif"),
            Map.entry("application/pdf", ".pdf"), Map.entry("text/calendar", ".ics"),
            Map.entry("text/plain", ".txt"), Map.entry("text/html", ".html"), Map.entry("text/vcard", ".vcf"),
            Map.entry("text/x-vcard", ".vcf"), Map.entry("application/pkcs7-signature", ".p7s"),
            Map.entry("application/x-pkcs7-signature", ".p7s"), Map.entry("application/pkcs7-mime", ".p7m"),
            Map.entry("application/x-pkcs7-mime", ".p7m"), Map.entry("application/zip", ".zip"));

    private AttachmentNames() {
    }

    static String of(String filename, String mimeType, String section) {
        String clean = clean(filename);
        if (clean != null) {
            return clean;
        }
        if (mimeType.endsWith("pkcs7-signature")) {
            return "smime.p7s";
        }
        if (mimeType.endsWith("pkcs7-mime")) {
            return "smime.p7m";
        }
        return "attachment-" + section + EXTENSIONS.getOrDefault(mimeType, ".bin");
    }

    static String embedded(String filename, String subject) {
        String base = clean(filename);
        if (base == null) {
            base = clean(subject);
        }
        if (base == null) {
            base = "message";
        }
        if (!base.toLowerCase(Locale.ROOT).endsWith(".eml")) {
            base = MailParser.cut(base, MAX_LENGTH - 4) + ".eml";
        }
        return base;
    }

    /** The last path segment, without control and path characters; null when nothing usable remains. */
    static String clean(String name) {
        if (name == null) {
            return null;
        }
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String safe = last.replaceAll("[\\p{Cntrl}:*?\"<>|]", "_").strip();
        if (safe.isEmpty() || safe.chars().allMatch(c -> c == '.' || c == '_')) {
            return null;
        }
        return MailParser.cut(safe, MAX_LENGTH);
    }
}
