package org.pushbox.server.command.sendmail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.command.Bytes;
import org.pushbox.protocol.command.sendmail.SendMailCodec;
import org.pushbox.protocol.command.sendmail.SendMailRequest;
import org.pushbox.protocol.command.sendmail.Source;
import org.pushbox.protocol.command.smartforward.SmartForwardCodec;
import org.pushbox.protocol.command.smartforward.SmartForwardRequest;
import org.pushbox.protocol.command.smartreply.SmartReplyCodec;
import org.pushbox.protocol.command.smartreply.SmartReplyRequest;
import org.pushbox.protocol.request.EasCommand;
import org.pushbox.protocol.request.EasRequest;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.request.RequestHeaders;
import org.pushbox.protocol.request.RequestParameter;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.server.command.CommandFixture;
import org.pushbox.server.command.smartforward.SmartForwardProcessor;
import org.pushbox.server.command.smartreply.SmartReplyProcessor;
import org.pushbox.server.http.CommandContext;
import org.pushbox.server.http.CommandProcessor;
import org.pushbox.server.http.CommandResponse;
import org.pushbox.server.http.RequestBody;
import org.pushbox.server.mail.MailDelivery;
import org.pushbox.server.mail.compose.ComposeService;
import org.pushbox.server.mail.out.OutgoingMessage;
import org.pushbox.server.mail.out.SubmitException;
import org.pushbox.storage.api.EmailProperty;
import org.pushbox.storage.api.EventProperty;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemClass;
import org.pushbox.storage.api.ItemContent;
import org.pushbox.storage.api.ItemFilter;
import org.pushbox.storage.api.PropertyMap;

/** The three processors against a real H2 store and the real MailDelivery, with a recording submitter. */
class ComposeProcessorsTest {

    private static final ProtocolVersion V14 = ProtocolVersion.V14_1;
    private static final ProtocolVersion V12 = ProtocolVersion.V12_1;

    @TempDir
    Path dir;
    private CommandFixture fx;
    private final RecordingSubmitter submitter = new RecordingSubmitter();
    private CommandProcessor sendMail;
    private CommandProcessor smartReply;
    private CommandProcessor smartForward;

    @BeforeEach
    void open() {
        fx = new CommandFixture(dir.resolve("store"));
        ComposeService service = new ComposeService(fx.store(), submitter, Clock.systemUTC());
        sendMail = new SendMailProcessor(service);
        smartReply = new SmartReplyProcessor(service);
        smartForward = new SmartForwardProcessor(service);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private static Bytes mime(String text) {
        return Bytes.of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The status of a failure document, or -1 for the empty success. */
    private static int status(CommandResponse response) throws Exception {
        if (response.kind() == CommandResponse.Kind.EMPTY) {
            return -1;
        }
        WbxmlElement doc = CommandFixture.document(response);
        return Integer.parseInt(doc.child(CodePages.require("ComposeMail", "Status")).text());
    }

    private CommandResponse send(SendMailRequest request) throws Exception {
        return fx.run(sendMail, EasCommand.SEND_MAIL, V14, "dev1", SendMailCodec.encodeRequest(request, V14));
    }

    private CommandResponse legacy(CommandProcessor processor, EasRequest request, String mime) throws Exception {
        CommandContext context = new CommandContext(request, fx.account(), fx.device(request.deviceId()),
                new RequestBody.Mime(mime.getBytes(StandardCharsets.UTF_8)), RequestHeaders.empty(),
                new CompletableFuture<>());
        return processor.process(context).toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** Every leaf part's decoded content, one after the other. */
    static String decoded(String mime) throws Exception {
        Message message = new DefaultMessageBuilder().parseMessage(
                new ByteArrayInputStream(mime.getBytes(StandardCharsets.UTF_8)));
        StringBuilder sb = new StringBuilder();
        collect(message, sb);
        return sb.toString();
    }

    private static void collect(Entity entity, StringBuilder sb) throws Exception {
        if (entity.getBody() instanceof Multipart multipart) {
            for (Entity part : multipart.getBodyParts()) {
                collect(part, sb);
            }
        } else if (entity.getBody() instanceof SingleBody single) {
            sb.append(new String(single.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private List<Item> sentItems() {
        long sent = fx.store().folders().findByType(fx.account().id(), FolderType.SENT_ITEMS).orElseThrow().id();
        return fx.store().items().getAll(fx.store().items().ids(sent, ItemFilter.ALL));
    }

    /** Delivers a message to the account's Inbox through the real MailDelivery; returns the item. */
    private Item deliver(String message) throws Exception {
        Path file = Files.writeString(dir.resolve("in-" + System.nanoTime() + ".eml"), message);
        new MailDelivery(fx.store(), Clock.systemUTC()).deliver(file, List.of(fx.account()));
        long inbox = fx.store().folders().findByType(fx.account().id(), FolderType.INBOX).orElseThrow().id();
        List<Long> ids = fx.store().items().ids(inbox, ItemFilter.ALL);
        return fx.store().items().get(ids.get(ids.size() - 1)).orElseThrow();
    }

    private static final String ORIGINAL = "From: Alice <alice@example.net>\r\nTo: bob@example.org\r\n"
            + "Subject: Plans\r\nDate: Sat, 21 Nov 2026 10:00:00 +0100\r\nMessage-ID: <plans@example.net>\r\n"
            + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\n\r\nDinner at eight?\r\n--x\r\n"
            + "Content-Type: text/calendar; name=invite.ics\r\nContent-Disposition: attachment; filename=invite.ics\r\n\r\n"
            + "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n--x--\r\n";

    @Test
    void sendMailSendsOnceAndKeepsOneReadSentCopy() throws Exception {
        SendMailRequest request = new SendMailRequest("c-1", null, true, mime(
                "To: carol@example.com\r\nBcc: dave@example.com\r\nSubject: Hi\r\n\r\nHello"), null);
        assertThat(status(send(request))).isEqualTo(-1);
        assertThat(status(send(request))).as("repeated ClientId").isEqualTo(118);
        assertThat(submitter.accepted).hasSize(1);
        OutgoingMessage out = submitter.accepted.get(0);
        assertThat(out.clientId()).isEqualTo("c-1");
        assertThat(out.envelopeFrom()).isEqualTo(CommandFixture.ADDRESS);
        assertThat(out.recipients()).containsExactly("carol@example.com", "dave@example.com");
        assertThat(submitter.lastMime()).doesNotContain("dave@").contains("From: Bob Builder <bob@example.org>\r\n");
        List<Item> sent = sentItems();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).properties().bool(EmailProperty.READ)).isTrue();
        assertThat(sent.get(0).properties().text(EmailProperty.SUBJECT)).isEqualTo("Hi");
        assertThat(fx.store().blobs().open(sent.get(0).content().mime()).readAllBytes()).isEqualTo(out.mime());
    }

    @Test
    void withoutSaveInSentNoCopyIsKept() throws Exception {
        assertThat(status(send(new SendMailRequest("c-2", null, false, mime("To: carol@example.com\r\n\r\nx"), null))))
                .isEqualTo(-1);
        assertThat(submitter.accepted).hasSize(1);
        assertThat(sentItems()).isEmpty();
    }

    @Test
    void refusalsAreTheirStatusesIn14AndHttpStatusesIn12() throws Exception {
        assertThat(status(send(new SendMailRequest("r1", null, false, mime("Subject: x\r\n\r\nx"), null))))
                .isEqualTo(119);
        assertThat(status(send(new SendMailRequest("r2", null, false,
                mime("From: eve@example.org\r\nTo: carol@example.com\r\n\r\nx"), null)))).isEqualTo(130);
        assertThat(status(send(new SendMailRequest("r3", "someone-else", false,
                mime("To: carol@example.com\r\n\r\nx"), null)))).isEqualTo(166);
        assertThat(status(send(new SendMailRequest("r4", CommandFixture.ALIAS, false,
                mime("To: carol@example.com\r\n\r\nx"), null)))).isEqualTo(-1);
        submitter.refuseWith = SubmitException.Reason.NO_RELAY;
        assertThat(status(send(new SendMailRequest("r5", null, false, mime("To: carol@example.com\r\n\r\nx"), null))))
                .isEqualTo(120);
        EasRequest v12 = EasRequest.builder(EasCommand.SEND_MAIL, V12, "dev1", "TestPhone").build();
        assertThat(legacy(sendMail, v12, "To: carol@example.com\r\n\r\nx").httpStatus()).isEqualTo(500);
        submitter.refuseWith = null;
        assertThat(legacy(sendMail, v12, "Subject: none\r\n\r\nx").httpStatus()).as("119 in 12.1").isEqualTo(500);
        CommandResponse mimeIn14 = fx.run(sendMail, EasCommand.SEND_MAIL, V14, "dev1", null);
        assertThat(status(mimeIn14)).as("no WBXML document").isEqualTo(101);
        assertThat(submitter.accepted).hasSize(1);
    }

    @Test
    void legacySendMailHonoursSaveInSentAndRecognisesARepeatByMessageId() throws Exception {
        EasRequest v12 = EasRequest.builder(EasCommand.SEND_MAIL, V12, "dev1", "TestPhone").saveInSent(true).build();
        String message = "To: carol@example.com\r\nMessage-ID: <once@example.org>\r\nSubject: Old\r\n\r\nx";
        CommandResponse first = legacy(sendMail, v12, message);
        CommandResponse again = legacy(sendMail, v12, message);
        assertThat(first.kind()).isEqualTo(CommandResponse.Kind.EMPTY);
        assertThat(again.kind()).as("12.1 has no 118: the repeat was sent, as far as it knows").isEqualTo(
                CommandResponse.Kind.EMPTY);
        assertThat(submitter.accepted).hasSize(1);
        assertThat(submitter.accepted.get(0).clientId()).startsWith("mid:");
        assertThat(sentItems()).hasSize(1);
    }

    @Test
    void smartReplyQuotesTheDeliveredOriginal() throws Exception {
        Item original = deliver(ORIGINAL);
        SmartReplyRequest request = new SmartReplyRequest("rep-1",
                new Source(Long.toString(original.folderId()), Long.toString(original.id()), null, null), null, true,
                false, mime("To: alice@example.net\r\nSubject: Re: Plans\r\n\r\nYes."), null);
        CommandResponse response = fx.run(smartReply, EasCommand.SMART_REPLY, V14, "dev1",
                SmartReplyCodec.encodeRequest(request, V14));
        assertThat(status(response)).isEqualTo(-1);
        String out = submitter.lastMime();
        assertThat(out).contains("In-Reply-To: <plans@example.net>\r\n", "References: <plans@example.net>\r\n");
        assertThat(decoded(out)).contains("Yes.\r\n\r\nOn Sat, 21 Nov 2026 10:00:00 +0100, Alice <alice@example.net> wrote:\r\n"
                        + "> Dinner at eight?\r\n")
                .doesNotContain("VCALENDAR");
        assertThat(sentItems()).hasSize(1);
    }

    @Test
    void legacySmartForwardAddsTheOriginalsAttachments() throws Exception {
        Item original = deliver(ORIGINAL);
        EasRequest v12 = EasRequest.builder(EasCommand.SMART_FORWARD, V12, "dev1", "TestPhone")
                .parameter(RequestParameter.ITEM_ID, Long.toString(original.id()))
                .parameter(RequestParameter.COLLECTION_ID, Long.toString(original.folderId())).build();
        CommandResponse response = legacy(smartForward, v12, "To: carol@example.com\r\nSubject: Fwd: Plans\r\n\r\nFYI");
        assertThat(response.kind()).isEqualTo(CommandResponse.Kind.EMPTY);
        String out = submitter.lastMime();
        assertThat(out).contains("References: <plans@example.net>\r\n", "filename=invite.ics")
                .doesNotContain("In-Reply-To");
        assertThat(decoded(out)).contains("---------- Forwarded message ----------", "Dinner at eight?",
                "BEGIN:VCALENDAR");
        assertThat(sentItems()).as("no SaveInSent=T").isEmpty();
    }

    @Test
    void aMissingSourceIs150AndABadInstanceIdIs104() throws Exception {
        Item original = deliver(ORIGINAL);
        String folder = Long.toString(original.folderId());
        for (Source source : List.of(new Source(folder, "999999", null, null), new Source(null, null, "RgAAAA", null),
                new Source(Long.toString(original.folderId() + 1), Long.toString(original.id()), null, null))) {
            SmartForwardRequest request = new SmartForwardRequest("f-" + source.hashCode(), source, null, false, false,
                    mime("To: carol@example.com\r\n\r\nx"), null, null, List.of());
            assertThat(status(fx.run(smartForward, EasCommand.SMART_FORWARD, V14, "dev1",
                    SmartForwardCodec.encodeRequest(request, V14)))).as(source.toString()).isEqualTo(150);
        }
        SmartReplyRequest badInstance = new SmartReplyRequest("i-1",
                new Source(folder, Long.toString(original.id()), null, "not a date"), null, false, false,
                mime("To: alice@example.net\r\n\r\nx"), null);
        assertThat(status(fx.run(smartReply, EasCommand.SMART_REPLY, V14, "dev1",
                SmartReplyCodec.encodeRequest(badInstance, V14)))).isEqualTo(104);
        EasRequest v12 = EasRequest.builder(EasCommand.SMART_REPLY, V12, "dev1", "TestPhone")
                .parameter(RequestParameter.ITEM_ID, "999999").build();
        assertThat(legacy(smartReply, v12, "To: alice@example.net\r\n\r\nx").httpStatus()).isEqualTo(500);
        EasRequest noSource = EasRequest.builder(EasCommand.SMART_REPLY, V12, "dev1", "TestPhone").build();
        assertThat(legacy(smartReply, noSource, "To: alice@example.net\r\n\r\nx").httpStatus()).isEqualTo(400);
        assertThat(submitter.accepted).isEmpty();
    }

    @Test
    void aRepeatAfterALostSentCopyAddsTheCopyOnce() throws Exception {
        // The first attempt left the outbox, then the process died before the Sent Items copy was stored.
        submitter.submit(new OutgoingMessage(fx.account().id(), "lost-1", CommandFixture.ADDRESS,
                List.of("carol@example.com"), "To: carol@example.com\r\n\r\nx".getBytes(StandardCharsets.UTF_8)));
        SendMailRequest request = new SendMailRequest("lost-1", null, true, mime("To: carol@example.com\r\n\r\nx"),
                null);
        assertThat(status(send(request))).isEqualTo(118);
        assertThat(status(send(request))).isEqualTo(118);
        assertThat(submitter.accepted).hasSize(1);
        assertThat(sentItems()).hasSize(1);
    }

    @Test
    void aCalendarItemIsForwardedWithItsTextAndAnOccurrenceNeedsRecurrence() throws Exception {
        long calendar = fx.store().folders().findByType(fx.account().id(), FolderType.CALENDAR).orElseThrow().id();
        Item event = fx.store().items().add(calendar, ItemContent.of(ItemClass.EVENT, PropertyMap.builder()
                .text(EventProperty.SUBJECT, "Review").text(EventProperty.BODY, "Agenda: budget")
                .integer(EventProperty.NATIVE_BODY_TYPE, 1).build()));
        Source source = new Source(Long.toString(calendar), Long.toString(event.id()), null, null);
        SmartForwardRequest forward = new SmartForwardRequest("ev-1", source, null, false, false,
                mime("To: carol@example.com\r\nSubject: Fwd: Review\r\n\r\nJoin us"), null, null, List.of());
        assertThat(status(fx.run(smartForward, EasCommand.SMART_FORWARD, V14, "dev1",
                SmartForwardCodec.encodeRequest(forward, V14)))).isEqualTo(-1);
        assertThat(decoded(submitter.lastMime())).startsWith("Join us\r\n").contains("Agenda: budget");
        SmartForwardRequest occurrence = new SmartForwardRequest("ev-2", new Source(source.folderId(),
                source.itemId(), null, "2026-12-01T09:00:00.000Z"), null, false, false,
                mime("To: carol@example.com\r\n\r\nx"), null, null, List.of());
        assertThat(status(fx.run(smartForward, EasCommand.SMART_FORWARD, V14, "dev1",
                SmartForwardCodec.encodeRequest(occurrence, V14)))).isEqualTo(146);
    }

    @Test
    void anInboxItemNeedsNoFolderId() throws Exception {
        Item original = deliver(ORIGINAL);
        SmartReplyRequest request = new SmartReplyRequest("rep-2", new Source(null, Long.toString(original.id()), null,
                null), null, false, true, mime("To: alice@example.net\r\n\r\nComplete reply."), null);
        assertThat(status(fx.run(smartReply, EasCommand.SMART_REPLY, V14, "dev1",
                SmartReplyCodec.encodeRequest(request, V14)))).isEqualTo(-1);
        assertThat(submitter.lastMime()).as("ReplaceMime: nothing quoted").endsWith("\r\n\r\nComplete reply.")
                .contains("In-Reply-To: <plans@example.net>");
    }
}
