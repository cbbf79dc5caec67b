package org.pushbox.server.mail.mime;

import java.util.Locale;
import java.util.Set;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.field.ContentDispositionField;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.field.ContentDispositionFieldLenientImpl;
import org.apache.james.mime4j.field.ContentTypeFieldLenientImpl;
import org.apache.james.mime4j.stream.RawField;

/**
 * The content fields of one MIME part that decide whether it is body text or an attachment, and what the
 * attachment is called. Parameters follow RFC 2231 (continuations, charset) as mime4j decodes them; a
 * filename that still carries RFC 2047 encoded words (Outlook writes them) is decoded too.
 */
final class PartHeaders {

    static final Set<String> NAMES = Set.of("content-type", "content-disposition", "content-id",
            "content-location");

    private final HeaderValues values = new HeaderValues(NAMES);
    private ContentTypeField contentType;
    private ContentDispositionField disposition;

    HeaderValues values() {
        return values;
    }

    private ContentTypeField contentType() {
        if (contentType == null && values.raw("content-type") != null) {
            contentType = ContentTypeFieldLenientImpl.PARSER.parse(
                    new RawField("Content-Type", values.raw("content-type")), DecodeMonitor.SILENT);
        }
        return contentType;
    }

    private ContentDispositionField disposition() {
        if (disposition == null && values.raw("content-disposition") != null) {
            disposition = ContentDispositionFieldLenientImpl.PARSER.parse(
                    new RawField("Content-Disposition", values.raw("content-disposition")), DecodeMonitor.SILENT);
        }
        return disposition;
    }

    /** "attachment", "inline", or null when the part has no (readable) Content-Disposition. */
    String dispositionType() {
        ContentDispositionField field = disposition();
        String type = field == null ? null : field.getDispositionType();
        return type == null || type.isEmpty() ? null : type.toLowerCase(Locale.ROOT);
    }

    /** The Content-Disposition filename, else the Content-Type name; null when neither is given. */
    String filename() {
        ContentDispositionField field = disposition();
        String name = field == null ? null : field.getFilename();
        if (name == null || name.isBlank()) {
            ContentTypeField type = contentType();
            name = type == null ? null : type.getParameter("name");
        }
        if (name == null || name.isBlank()) {
            return null;
        }
        return HeaderValues.decodeWords(name).strip();
    }

    /** The Content-ID without its angle brackets. */
    String contentId() {
        String id = values.decoded("content-id");
        if (id == null || id.isBlank()) {
            return null;
        }
        id = id.strip();
        if (id.startsWith("<") && id.endsWith(">") && id.length() > 2) {
            id = id.substring(1, id.length() - 1);
        }
        return id;
    }

    String contentLocation() {
        String location = values.decoded("content-location");
        return location == null || location.isBlank() ? null : location.strip();
    }
}
