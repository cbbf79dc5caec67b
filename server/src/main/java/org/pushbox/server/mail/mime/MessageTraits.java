package org.pushbox.server.mail.mime;

import java.util.Locale;
import java.util.regex.Pattern;

/** EAS values that mail headers imply: Importance, MessageClass and ThreadTopic. */
final class MessageTraits {

    static final int LOW = 0;
    static final int NORMAL = 1;
    static final int HIGH = 2;

    static final String NOTE = "IPM.Note";
    static final String SMIME = "IPM.Note.SMIME";
    static final String SMIME_SIGNED = "IPM.Note.SMIME.MultipartSigned";

    /** Reply and forward prefixes of common mail clients and languages, repeated ("Re: AW: Fwd:"). */
    private static final Pattern PREFIXES = Pattern.compile(
            "^(?:\\s*(?:re|fw|fwd|aw|wg|sv|vs|antw|rif|r|tr|ref|odp|pd|enc|res)(?:\\[\\d+\\])?\\s*:)+\\s*",
            Pattern.CASE_INSENSITIVE);

    private MessageTraits() {
    }

    /**
     * From {@code Importance} (low/normal/high), else {@code X-Priority} (1-2 high, 3 normal, 4-5 low),
     * else {@code Priority} (urgent/non-urgent); normal when none says otherwise.
     */
    static int importance(String importance, String xPriority, String priority) {
        if (importance != null) {
            switch (importance.strip().toLowerCase(Locale.ROOT)) {
                case "high": return HIGH;
                case "low": return LOW;
                case "normal": return NORMAL;
                default: break;
            }
        }
        if (xPriority != null) {
            String digits = xPriority.strip();
            if (!digits.isEmpty()) {
                switch (digits.charAt(0)) {
                    case '1', '2': return HIGH;
                    case '4', '5': return LOW;
                    case '3': return NORMAL;
                    default: break;
                }
            }
        }
        if (priority != null) {
            switch (priority.strip().toLowerCase(Locale.ROOT)) {
                case "urgent": return HIGH;
                case "non-urgent": return LOW;
                default: break;
            }
        }
        return NORMAL;
    }

    /** IPM.Note, or the S/MIME classes for a signed or enveloped top-level body. */
    static String messageClass(String topMimeType) {
        if (topMimeType == null) {
            return NOTE;
        }
        return switch (topMimeType) {
            case "multipart/signed" -> SMIME_SIGNED;
            case "application/pkcs7-mime", "application/x-pkcs7-mime" -> SMIME;
            default -> NOTE;
        };
    }

    /** Thread-Topic when given, else the subject without reply/forward prefixes. */
    static String threadTopic(String threadTopic, String subject) {
        if (threadTopic != null && !threadTopic.isBlank()) {
            return threadTopic.strip();
        }
        return subject == null ? null : PREFIXES.matcher(subject).replaceFirst("").strip();
    }
}
