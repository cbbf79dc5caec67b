package org.pushbox.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.conformance.client.Credentials;
import org.pushbox.conformance.client.DeviceIdentity;
import org.pushbox.conformance.client.EasResponse;
import org.pushbox.conformance.client.EasTestClient;
import org.pushbox.conformance.client.ServerTarget;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.request.EasCommand;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.PropertyMap;

/**
 * iMIP end to end, from outside: a real server with LMTP on and its relay pointed at an SMTP sink run by this
 * test (SubEthaSMTP). An Outlook-style recurring invitation with a VTIMEZONE and a non-ASCII summary arrives
 * over LMTP; a 16.1 device and a 14.1 device sync the Inbox (meeting request fields, UID or GlobalObjId) and
 * the Calendar (the tentative item); the 16.1 device accepts with MeetingResponse SendResponse; the REPLY
 * that leaves through the relay is read with mime4j and ical4j and checked for METHOD:REPLY, the one
 * ATTENDEE with PARTSTAT=ACCEPTED and the invitation's SEQUENCE; the Calendar then shows the answer and the
 * Inbox no longer holds the request. Every WBXML answer is checked by libwbxml and the XSDs.
 */
class MeetingsIT {

    private static final Credentials ANNA = new Credentials("anna", "Grüße-2026");
    private static final String UID = "040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5A601000000000000000"
            + "0100000009F8E7D6C5B4A39281706F5E4D3C2B1A0";
    private static final String SUMMARY = "Café-Runde ☕ Jürgen";

    @TempDir
    Path dir;

    @Test
    void invitationOverLmtpAcceptedWithTheReplyThroughTheRelay() throws Exception {
        IndependentChecks checks = new IndependentChecks(dir);
        try (SmtpSink sink = new SmtpSink(); EmbeddedServer server = EmbeddedServer.startEmpty(dir.resolve("data"), "meetings test", Map.of(
                "lmtp.enabled", "true", "lmtp.port", "0", "policy.mode", "none",
                "relay.host", "127.0.0.1", "relay.port", Integer.toString(sink.port()),
                "relay.security", "none", "relay.retry-first", "1"))) {
            server.store().accounts().create(new NewAccount(ANNA.user(), ANNA.password(), "Anna Kovács",
                    List.of("anna@example.org"), PropertyMap.EMPTY));
            lmtp(server.lmtpAddress().orElseThrow(), "carla@partner.example", "anna@example.org", invitation());

            ServerTarget target = ServerTarget.of(server.url(), ANNA, checks);
            EasTestClient phone = target.client(DeviceIdentity.plain("meetPhone", "iPhone",
                    "Apple-iPhone9C1/1402.100", ProtocolVersion.V16_1));
            EasTestClient old = target.client(DeviceIdentity.plain("meetOld", "Android", "Android/12-EAS-2.0",
                    ProtocolVersion.V14_1));

            WbxmlElement folders = phone.post(EasCommand.FOLDER_SYNC,
                    "<FolderSync xmlns=\"FolderHierarchy\"><SyncKey>0</SyncKey></FolderSync>").tree();
            String inbox = folderOfType(folders, "2");
            String calendar = folderOfType(folders, "8");
            old.post(EasCommand.FOLDER_SYNC, "<FolderSync xmlns=\"FolderHierarchy\"><SyncKey>0</SyncKey></FolderSync>");

            // The Inbox: the invitation as a meeting request.
            Synced mail = sync(phone, inbox, "0");
            WbxmlElement request = only(mail.added());
            String requestId = text(request, "AirSync", "ServerId");
            assertThat(text(request, "Email", "MessageClass")).isEqualTo("IPM.Schedule.Meeting.Request");
            WbxmlElement meeting = first(request, "Email", "MeetingRequest");
            assertThat(text(meeting, "Calendar", "UID")).isEqualTo(UID);
            assertThat(text(meeting, "Email", "StartTime")).isEqualTo("2026-11-30T09:00:00.000Z");
            assertThat(text(meeting, "Email", "Organizer")).contains("carla@partner.example");
            assertThat(text(meeting, "Email", "InstanceType")).isEqualTo("1");
            assertThat(text(meeting, "Email2", "MeetingMessageType")).isEqualTo("1");
            assertThat(text(meeting, "Email", "ResponseRequested")).isEqualTo("1");
            assertThat(all(meeting, "Email", "Recurrence")).hasSize(1);
            assertThat(text(meeting, "Email", "TimeZone")).isNotEmpty();

            WbxmlElement oldRequest = only(sync(old, inbox, "0").added());
            assertThat(text(first(oldRequest, "Email", "MeetingRequest"), "Email", "GlobalObjId"))
                    .as("14.1 names the meeting by GlobalObjId").isNotEmpty();

            // The Calendar: the tentative, unanswered meeting.
            Synced cal = sync(phone, calendar, "0");
            WbxmlElement event = only(cal.added());
            String calendarId = text(event, "AirSync", "ServerId");
            assertThat(text(event, "Calendar", "UID")).isEqualTo(UID);
            assertThat(text(event, "Calendar", "Subject")).isEqualTo(SUMMARY);
            assertThat(text(event, "Calendar", "BusyStatus")).isEqualTo("1");
            assertThat(text(event, "Calendar", "MeetingStatus")).isEqualTo("3");
            assertThat(text(event, "Calendar", "ResponseType")).isEqualTo("5");
            assertThat(all(event, "Calendar", "Attendee")).hasSize(2);

            // Accept, asking the server to send the reply.
            EasResponse answered = phone.post(EasCommand.MEETING_RESPONSE, """
                    <MeetingResponse xmlns="MeetingResponse" xmlns:airsyncbase="AirSyncBase"><Request>
                      <UserResponse>1</UserResponse><CollectionId>%s</CollectionId><RequestId>%s</RequestId>
                      <SendResponse><airsyncbase:Body><airsyncbase:Type>1</airsyncbase:Type>
                        <airsyncbase:Data>Gern, bis Montag!</airsyncbase:Data></airsyncbase:Body></SendResponse>
                    </Request></MeetingResponse>""".formatted(inbox, requestId));
            assertThat(answered.status()).isEqualTo(200);
            WbxmlElement result = first(answered.tree(), "MeetingResponse", "Result");
            assertThat(text(result, "MeetingResponse", "Status")).isEqualTo("1");
            assertThat(text(result, "MeetingResponse", "RequestId")).isEqualTo(requestId);
            assertThat(text(result, "MeetingResponse", "CalendarId")).isEqualTo(calendarId);

            // The REPLY that left through the relay.
            SmtpSink.Transaction reply = sink.next(Duration.ofSeconds(30));
            assertThat(reply.mailFrom()).isEqualTo("anna@example.org");
            assertThat(reply.rcptTo()).containsExactly("carla@partner.example");
            Message message = new DefaultMessageBuilder().parseMessage(new ByteArrayInputStream(reply.data()));
            assertThat(message.getSubject()).isEqualTo("Accepted: " + SUMMARY);
            Entity part = calendarPart(message);
            assertThat(part.getMimeType()).isEqualTo("text/calendar");
            assertThat(((org.apache.james.mime4j.dom.field.ContentTypeField) part.getHeader().getField("Content-Type"))
                    .getParameter("method")).isEqualTo("REPLY");
            Calendar ics = new CalendarBuilder().build(new StringReader(text(part)));
            assertThat(ics.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REPLY");
            VEvent vevent = ics.<VEvent>getComponents(Component.VEVENT).get(0);
            assertThat(vevent.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(UID);
            assertThat(vevent.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("2");
            assertThat(vevent.getProperty(Property.ORGANIZER).orElseThrow().getValue())
                    .isEqualToIgnoringCase("mailto:carla@partner.example");
            List<Property> attendees = vevent.getProperties(Property.ATTENDEE);
            assertThat(attendees).singleElement().satisfies(a -> {
                assertThat(a.getValue()).isEqualToIgnoringCase("mailto:anna@example.org");
                assertThat(a.getParameter(Parameter.PARTSTAT).orElseThrow().getValue()).isEqualTo("ACCEPTED");
            });
            assertThat(vevent.getProperty(Property.DTSTAMP)).isPresent();

            // The answer on the device: the item is accepted and busy, the request left the Inbox.
            WbxmlElement changed = only(sync(phone, calendar, cal.key()).changed());
            assertThat(text(changed, "AirSync", "ServerId")).isEqualTo(calendarId);
            assertThat(text(changed, "Calendar", "ResponseType")).isEqualTo("3");
            assertThat(text(changed, "Calendar", "BusyStatus")).isEqualTo("2");
            assertThat(text(only(sync(phone, inbox, mail.key()).deleted()), "AirSync", "ServerId")).isEqualTo(requestId);

            // A retried MeetingResponse (the answer was lost) sends nothing twice.
            phone.post(EasCommand.MEETING_RESPONSE, """
                    <MeetingResponse xmlns="MeetingResponse"><Request><UserResponse>1</UserResponse>
                    <CollectionId>%s</CollectionId><RequestId>%s</RequestId><SendResponse/></Request>
                    </MeetingResponse>""".formatted(inbox, requestId));
            assertThat(sink.poll(Duration.ofMillis(1500))).as("nothing relayed a second time").isNull();
        }
        assertThat(checks.responses()).isGreaterThan(8);
        checks.validateAgainstXsds();
    }

    /** An Outlook-style recurring invitation (Windows zone in a VTIMEZONE, SEQUENCE 2) from Carla to Anna. */
    private static String invitation() {
        return String.join("\r\n", "From: \"Carla Organizer\" <carla@partner.example>", "To: anna@example.org",
                "Subject: =?UTF-8?Q?Caf=C3=A9-Runde_=E2=98=95_J=C3=BCrgen?=", "Message-ID: <meet-1@partner.example>",
                "Date: Fri, 20 Nov 2026 09:00:00 +0100", "MIME-Version: 1.0",
                "Content-Type: multipart/alternative; boundary=\"alt\"", "", "--alt",
                "Content-Type: text/plain; charset=UTF-8", "", "Weekly coffee.", "--alt",
                "Content-Type: text/calendar; charset=UTF-8; method=REQUEST", "Content-Transfer-Encoding: 8bit", "",
                "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
                "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T030000",
                "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
                "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100",
                "TZOFFSETTO:+0200", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
                "END:VTIMEZONE", "BEGIN:VEVENT", "ORGANIZER;CN=Carla Organizer:mailto:carla@partner.example",
                "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Anna Kov\u00e1cs:mailto:anna@",
                " example.org",
                "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:dave@partner.example",
                "RRULE:FREQ=WEEKLY;COUNT=8;BYDAY=MO", "UID:" + UID, "SUMMARY:" + SUMMARY,
                "DTSTART;TZID=W. Europe Standard Time:20261130T100000",
                "DTEND;TZID=W. Europe Standard Time:20261130T103000", "DTSTAMP:20261120T080000Z", "SEQUENCE:2",
                "LOCATION:K\u00fcche", "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "END:VALARM",
                "END:VEVENT", "END:VCALENDAR", "--alt--", "");
    }

    /** Delivers {@code message} over LMTP (RFC 2033) and checks the recipient's 250. */
    private static void lmtp(InetSocketAddress address, String from, String to, String message) throws IOException {
        try (Socket socket = new Socket(address.getAddress(), address.getPort())) {
            socket.setSoTimeout(30_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            expect(in, "220");
            send(out, "LHLO test.example");
            expect(in, "250");
            send(out, "MAIL FROM:<" + from + ">");
            expect(in, "250");
            send(out, "RCPT TO:<" + to + ">");
            expect(in, "250");
            send(out, "DATA");
            expect(in, "354");
            StringBuilder data = new StringBuilder();
            for (String line : message.split("\r\n", -1)) {
                data.append(line.startsWith(".") ? "." + line : line).append("\r\n");
            }
            out.write(data.toString().getBytes(StandardCharsets.UTF_8));
            send(out, ".");
            expect(in, "250");
            send(out, "QUIT");
        }
    }

    private static void send(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Reads one (possibly multi-line) reply and checks its code. */
    private static void expect(BufferedReader in, String code) throws IOException {
        String line;
        do {
            line = in.readLine();
            assertThat(line).as("LMTP reply").isNotNull().startsWith(code);
        } while (line.length() > 3 && line.charAt(3) == '-');
    }

    /** One Sync round of a folder: from key 0 the initial key, then the changes. */
    record Synced(String key, List<WbxmlElement> added, List<WbxmlElement> changed, List<WbxmlElement> deleted) {
    }

    private static Synced sync(EasTestClient client, String folder, String key) {
        String syncKey = key;
        if (key.equals("0")) {
            WbxmlElement first = client.post(EasCommand.SYNC, "<Sync xmlns=\"AirSync\"><Collections><Collection>"
                    + "<SyncKey>0</SyncKey><CollectionId>" + folder + "</CollectionId></Collection></Collections></Sync>")
                    .tree();
            syncKey = text(first, "AirSync", "SyncKey");
        }
        WbxmlElement tree = client.post(EasCommand.SYNC, "<Sync xmlns=\"AirSync\" xmlns:airsyncbase=\"AirSyncBase\">"
                + "<Collections><Collection><SyncKey>" + syncKey + "</SyncKey><CollectionId>" + folder
                + "</CollectionId><GetChanges/><Options><airsyncbase:BodyPreference><airsyncbase:Type>1"
                + "</airsyncbase:Type><airsyncbase:TruncationSize>5000</airsyncbase:TruncationSize>"
                + "</airsyncbase:BodyPreference></Options></Collection></Collections></Sync>").tree();
        return new Synced(text(tree, "AirSync", "SyncKey"), all(tree, "AirSync", "Add"), all(tree, "AirSync", "Change"),
                all(tree, "AirSync", "Delete"));
    }

    private static String folderOfType(WbxmlElement folderSync, String type) {
        for (WbxmlElement add : all(folderSync, "FolderHierarchy", "Add")) {
            if (type.equals(text(add, "FolderHierarchy", "Type"))) {
                return text(add, "FolderHierarchy", "ServerId");
            }
        }
        throw new AssertionError("no folder of type " + type);
    }

    private static WbxmlElement only(List<WbxmlElement> elements) {
        assertThat(elements).hasSize(1);
        return elements.get(0);
    }

    private static List<WbxmlElement> all(WbxmlElement root, String page, String name) {
        Tag tag = CodePages.require(page, name);
        List<WbxmlElement> out = new ArrayList<>();
        collect(root, tag, out);
        return out;
    }

    private static void collect(WbxmlElement e, Tag tag, List<WbxmlElement> out) {
        if (e.tag().equals(tag)) {
            out.add(e);
        }
        e.children().forEach(c -> collect(c, tag, out));
    }

    private static WbxmlElement first(WbxmlElement root, String page, String name) {
        List<WbxmlElement> found = all(root, page, name);
        assertThat(found).as(page + ":" + name).isNotEmpty();
        return found.get(0);
    }

    private static String text(WbxmlElement root, String page, String name) {
        return first(root, page, name).textOrOpaqueAsString();
    }

    private static Entity calendarPart(Message message) {
        if (message.getBody() instanceof Multipart multipart) {
            for (Entity part : multipart.getBodyParts()) {
                if ("text/calendar".equals(part.getMimeType())) {
                    return part;
                }
            }
        }
        throw new AssertionError("no text/calendar part");
    }

    private static String text(Entity part) throws IOException {
        try (InputStream in = ((org.apache.james.mime4j.dom.SingleBody) part.getBody()).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
