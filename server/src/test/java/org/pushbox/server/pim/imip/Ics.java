package org.pushbox.server.pim.imip;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Test material: iMIP messages from the resources, and small iCalendar objects built line by line. */
final class Ics {

    static final String UID = "meeting-42@partner.example";

    private Ics() {
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = Ics.class.getResourceAsStream("/imip/" + name)) {
            if (in == null) {
                throw new IOException("no test resource " + name);
            }
            return in.readAllBytes();
        }
    }

    /** A one-VEVENT calendar with {@code method}; {@code lines} go inside the VEVENT after UID/DTSTAMP. */
    static String calendar(String method, String... lines) {
        List<String> all = new ArrayList<>(List.of("BEGIN:VCALENDAR", "PRODID:-//test//test//EN", "VERSION:2.0",
                "METHOD:" + method, "BEGIN:VEVENT"));
        all.addAll(Arrays.asList(lines));
        all.addAll(List.of("END:VEVENT", "END:VCALENDAR", ""));
        return String.join("\r\n", all);
    }

    /** A REQUEST from carla@partner.example to bob@example.org with the given SEQUENCE and DTSTAMP. */
    static String request(int sequence, String dtStamp, String start, String summary) {
        return calendar("REQUEST", "UID:" + UID, "SEQUENCE:" + sequence, "DTSTAMP:" + dtStamp,
                "DTSTART:" + start, "DTEND:" + start.substring(0, 9) + "235900Z", "SUMMARY:" + summary,
                "ORGANIZER;CN=Carla:mailto:carla@partner.example",
                "ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Bob Builder:mailto:bob@example.org");
    }

    /** An RFC 5322 message carrying {@code ics} as its text/calendar part. */
    static byte[] mail(String from, String to, String subject, String ics) {
        String method = ics.lines().filter(l -> l.startsWith("METHOD:")).findFirst().orElse("METHOD:REQUEST")
                .substring(7);
        String m = "From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\n"
                + "Message-ID: <" + Math.abs(ics.hashCode()) + "." + System.nanoTime() + "@test>\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"x\"\r\n\r\n"
                + "--x\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nInvitation\r\n"
                + "--x\r\nContent-Type: text/calendar; charset=UTF-8; method=" + method + "\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n" + ics + "--x--\r\n";
        return m.getBytes(StandardCharsets.UTF_8);
    }
}
