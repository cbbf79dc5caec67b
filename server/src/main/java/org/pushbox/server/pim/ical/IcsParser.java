package org.pushbox.server.pim.ical;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarParserImpl;
import net.fortuna.ical4j.data.ContentHandler;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.data.UnfoldingReader;

/**
 * Parses the text of one calendar component (as cut out by the entry splitter) with ical4j's content-line
 * parser, which handles folding, quoting and parameter syntax, into an {@link IcsComponent}. The values
 * stay raw: which zone a TZID names and how a date is read is decided by the mappers, so Windows zone names
 * and unknown TZIDs do not fail the parse.
 */
public final class IcsParser {

    private IcsParser() {
    }

    /** A syntax error; {@code line} is relative to the component's first line (1-based). */
    public static final class IcsSyntaxException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        IcsSyntaxException(String message, int line) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    public static IcsComponent parse(String componentText) throws IcsSyntaxException {
        String calendar = "BEGIN:VCALENDAR\r\n" + componentText + "END:VCALENDAR\r\n";
        Handler handler = new Handler();
        try {
            // The parser reads content lines; unfolding is the reader's job (as in ical4j's CalendarBuilder).
            new CalendarParserImpl().parse(new UnfoldingReader(new StringReader(calendar), calendar.length()), handler);
        } catch (ParserException e) {
            String message = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                    : e.getMessage();
            throw new IcsSyntaxException(message, Math.max(1, e.getLineNo() - 1));
        } catch (IOException | RuntimeException e) {
            throw new IcsSyntaxException(String.valueOf(e.getMessage()), 1);
        }
        if (handler.roots.size() != 1) {
            throw new IcsSyntaxException("not exactly one component", 1);
        }
        return handler.roots.get(0).build();
    }

    /** Builds the component tree from ical4j's parse events. */
    private static final class Handler implements ContentHandler {
        final List<IcsComponent.Builder> roots = new ArrayList<>();
        private final Deque<IcsComponent.Builder> open = new ArrayDeque<>();
        private String propertyName;
        private String propertyValue;
        private final List<Map.Entry<String, String>> parameters = new ArrayList<>();

        @Override
        public void startCalendar() {
        }

        @Override
        public void endCalendar() {
        }

        @Override
        public void startComponent(String name) {
            open.push(new IcsComponent.Builder(name));
        }

        @Override
        public void endComponent(String name) {
            IcsComponent.Builder done = open.pop();
            if (open.isEmpty()) {
                roots.add(done);
            } else {
                open.peek().add(done.build());
            }
        }

        @Override
        public void startProperty(String name) {
            propertyName = name;
            propertyValue = "";
            parameters.clear();
        }

        @Override
        public void propertyValue(String value) {
            propertyValue = value;
        }

        @Override
        public void parameter(String name, String value) {
            parameters.add(Map.entry(name.toUpperCase(java.util.Locale.ROOT), unquote(value)));
        }

        @Override
        public void endProperty(String name) {
            if (!open.isEmpty()) { // calendar-level properties of the wrapper: none
                open.peek().add(new IcsProperty(propertyName, parameters, propertyValue));
            }
        }

        private static String unquote(String value) {
            return value != null && value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                    ? value.substring(1, value.length() - 1) : value;
        }
    }
}
