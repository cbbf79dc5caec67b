package org.pushbox.server.mail.mime;

import java.util.regex.Pattern;

/**
 * Just enough HTML-to-text for a preview line: drop head, script and style, drop tags, decode the common
 * entities, collapse white space. Not a renderer; the HTML body itself is kept untouched.
 */
final class HtmlText {

    private static final Pattern INVISIBLE = Pattern.compile("(?is)<(head|script|style|title)\\b.*?</\\1\\s*>");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern NUMERIC = Pattern.compile("&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});");

    private HtmlText() {
    }

    static String toText(String html) {
        String text = INVISIBLE.matcher(html).replaceAll(" ");
        text = COMMENT.matcher(text).replaceAll(" ");
        text = TAG.matcher(text).replaceAll(" ");
        text = NUMERIC.matcher(text).replaceAll(m -> {
            String v = m.group(1);
            int cp = v.startsWith("x") ? Integer.parseInt(v.substring(1), 16) : Integer.parseInt(v);
            return Character.isValidCodePoint(cp) ? java.util.regex.Matcher.quoteReplacement(Character.toString(cp))
                    : " ";
        });
        text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&apos;", "'").replace("&amp;", "&");
        return collapse(text);
    }

    /** White space runs (line breaks included) become one space; the ends are trimmed. */
    static String collapse(String text) {
        // A loop, not a regex: this runs over every delivered plain-text body (the preview's source).
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '\u00a0') {
                space = true;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        if (space) {
            out.append(' ');
        }
        return out.toString().strip();
    }
}
