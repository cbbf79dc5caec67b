package org.pushbox.server.pim.ical;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Writes components as iCalendar content lines, CRLF-terminated and folded before 75 octets of UTF-8
 * (RFC 5545 3.1 counts octets, not characters), never inside a character.
 */
public final class IcsWriter {

    static final int FOLD_OCTETS = 75;

    private final Writer out;

    public IcsWriter(Writer out) {
        this.out = out;
    }

    public void line(String text) throws IOException {
        int octets = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (octets + size > FOLD_OCTETS) {
                out.write("\r\n ");
                octets = 1;
            }
            out.write(text, i, Character.charCount(cp));
            octets += size;
            i += Character.charCount(cp);
        }
        out.write("\r\n");
    }

    public void write(IcsProperty p) throws IOException {
        StringBuilder b = new StringBuilder(p.name());
        for (Map.Entry<String, String> param : p.parameters()) {
            b.append(';').append(param.getKey()).append('=');
            String v = param.getValue() == null ? "" : param.getValue();
            if (v.indexOf(':') >= 0 || v.indexOf(';') >= 0 || v.indexOf(',') >= 0) {
                b.append('"').append(v.replace("\"", "")).append('"');
            } else {
                b.append(v);
            }
        }
        b.append(':').append(p.value());
        line(b.toString());
    }

    public void write(IcsComponent c) throws IOException {
        line("BEGIN:" + c.name());
        for (IcsProperty p : c.properties()) {
            write(p);
        }
        for (IcsComponent sub : c.components()) {
            write(sub);
        }
        line("END:" + c.name());
    }

    public void flush() throws IOException {
        out.flush();
    }

    /** The text of a component, as stored in an item's extra property. */
    public static String toText(IcsComponent c) {
        java.io.StringWriter s = new java.io.StringWriter();
        IcsWriter w = new IcsWriter(s);
        try {
            w.write(c);
            w.flush();
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string failed", e);
        }
        return s.toString();
    }
}
