package org.pushbox.server.mail.compose;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text the server adds below the client's: a reply quotes the original ("On <date>, <sender>
 * wrote:" and "> " lines in plain text, a blockquote in HTML), a forward repeats its main headers and
 * body unquoted. Each kind of text part (plain, HTML) gets the original in the same kind, so the two
 * sides of a multipart/alternative stay alike.
 */
final class Quoting {

    private static final String CRLF = "\r\n";
    private static final Pattern BODY = Pattern.compile("(?is)<body\\b[^>]*>(.*?)(</body\\s*>|$)");
    private static final Pattern BODY_END = Pattern.compile("(?i)</body\\s*>");
    private static final Pattern INVISIBLE = Pattern.compile("(?is)<(head|script|style|title)\\b.*?</\\1\\s*>");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</(p|div|tr|li|h[1-6]|blockquote)\\s*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final String FORWARD_MARK = "---------- Forwarded message ----------";

    private Quoting() {
    }

    static String plainReply(String clientText, OriginalMessage original) {
        StringBuilder sb = new StringBuilder(withNewline(clientText)).append(CRLF).append(attribution(original))
                .append(CRLF);
        for (String line : lines(original.plainText())) {
            sb.append(line.startsWith(">") ? ">" : "> ").append(line).append(CRLF);
        }
        return sb.toString();
    }

    static String htmlReply(String clientHtml, OriginalMessage original) {
        String quote = "<div>" + escape(attribution(original)) + "</div>"
                + "<blockquote type=\"cite\" style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex\">"
                + original.htmlFragment() + "</blockquote>";
        return insertBeforeBodyEnd(clientHtml, quote);
    }

    static String plainForward(String clientText, OriginalMessage original) {
        StringBuilder sb = new StringBuilder(withNewline(clientText)).append(CRLF).append(FORWARD_MARK).append(CRLF);
        for (String[] h : original.forwardHeaders()) {
            sb.append(h[0]).append(": ").append(h[1]).append(CRLF);
        }
        sb.append(CRLF);
        for (String line : lines(original.plainText())) {
            sb.append(line).append(CRLF);
        }
        return sb.toString();
    }

    static String htmlForward(String clientHtml, OriginalMessage original) {
        StringBuilder block = new StringBuilder("<div>").append(escape(FORWARD_MARK)).append("<br>");
        for (String[] h : original.forwardHeaders()) {
            block.append(escape(h[0])).append(": ").append(escape(h[1])).append("<br>");
        }
        block.append("<br></div>").append(original.htmlFragment());
        return insertBeforeBodyEnd(clientHtml, block.toString());
    }

    static String attribution(OriginalMessage original) {
        String date = original.date();
        String sender = original.from() == null ? "someone" : original.from();
        return date == null ? sender + " wrote:" : "On " + date + ", " + sender + " wrote:";
    }

    /** The content of an HTML document's body, or the whole text when it has no body element. */
    static String bodyContent(String html) {
        Matcher m = BODY.matcher(html);
        return m.find() ? m.group(1) : html;
    }

    /** Plain text as HTML: escaped, line breaks kept. */
    static String plainAsHtml(String text) {
        return escape(text).replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>\r\n");
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String insertBeforeBodyEnd(String html, String addition) {
        Matcher m = BODY_END.matcher(html);
        int at = -1;
        while (m.find()) {
            at = m.start();
        }
        return at < 0 ? html + addition : html.substring(0, at) + addition + html.substring(at);
    }

    private static String withNewline(String text) {
        if (text.isEmpty() || text.endsWith("\n")) {
            return text;
        }
        return text + CRLF;
    }

    private static String[] lines(String text) {
        String normal = text.replace("\r\n", "\n").replace('\r', '\n');
        if (normal.endsWith("\n")) {
            normal = normal.substring(0, normal.length() - 1);
        }
        return normal.isEmpty() ? new String[0] : normal.split("\n", -1);
    }

    /**
     * HTML as plain text for quoting: block ends and line breaks become new lines, other tags go, the
     * common entities are decoded. Enough to quote an HTML-only original in a plain-text reply.
     */
    static String htmlAsPlain(String html) {
        String text = INVISIBLE.matcher(bodyContent(html)).replaceAll("");
        text = BREAK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        return text.replaceAll("[ \\t]*\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }
}
