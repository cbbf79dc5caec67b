package org.pushbox.server.pim.ical;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import net.fortuna.ical4j.data.FoldingWriter;

/** Writes components as iCalendar content lines, CRLF-terminated and folded at 75 octets by ical4j. */
public final class IcsWriter {

    private final FoldingWriter out;

    public IcsWriter(Writer out) {
        this.out = new FoldingWriter(out);
    }

    public void line(String text) throws IOException {
        out.write(text);
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
