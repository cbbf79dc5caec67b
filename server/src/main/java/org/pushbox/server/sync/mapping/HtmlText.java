package org.pushbox.server.sync.mapping;

import java.util.regex.Pattern;

/** Rough conversions between plain text and HTML, for a device that asks for the type we lack (bodies, OOF). */
public final class HtmlText {

    private static final Pattern BREAKS = Pattern.compile("(?i)<(br|/p|/div|/tr|/li)[^>]*>");
    private static final Pattern INVISIBLE = Pattern.compile("(?is)<(script|style|head)[^>]*>.*?</\\1\\s*>");
    private static final Pattern TAGS = Pattern.compile("(?s)<[^>]*>");

    private HtmlText() {
    }

    public static String toPlain(String html) {
        String text = INVISIBLE.matcher(html).replaceAll("");
        text = BREAKS.matcher(text).replaceAll("\n");
        text = TAGS.matcher(text).replaceAll("");
        return text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    public static String fromPlain(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        return "<html><body><pre>" + escaped + "</pre></body></html>";
    }
}
