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
    static String collapse(CharSequence text) {
        return collapse(text, Integer.MAX_VALUE);
    }

    /**
     * {@link #collapse(CharSequence)} of the text's beginning: stops once {@code atLeast} characters (after
     * leading white space) are out. A preview needs 255 characters, and this ran over every whole body.
     */
    static String collapse(CharSequence text, int atLeast) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), atLeast < Integer.MAX_VALUE ? atLeast + 1 : text.length()));
        boolean space = false;
        int i = 0;
        for (; i < text.length() && out.length() <= atLeast; i++) {
            char c = text.charAt(i);
            if (out.length() == 0 && (Character.isWhitespace(c) || c == '\u00a0')) {
                continue; // what strip() would remove at the start, counted out of the bound
            }
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
        // Stopped early: the end is not the text's end, so white space there is not trailing.
        return i < text.length() ? out.toString() : out.toString().strip();
    }
}
