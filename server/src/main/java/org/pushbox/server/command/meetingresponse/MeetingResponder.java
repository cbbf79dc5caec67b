package org.pushbox.server.command.meetingresponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.CommonStatus;
import org.pushbox.protocol.command.EasStatus;
import org.pushbox.protocol.command.meetingresponse.MeetingResponseRequest;
import org.pushbox.protocol.command.meetingresponse.MeetingResponseStatus;
import org.pushbox.protocol.command.meetingresponse.UserResponse;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.server.mail.out.MailSubmitter;
import org.pushbox.server.mail.out.OutgoingMessage;
import org.pushbox.server.mail.out.SubmitException;
import org.pushbox.server.pim.imip.ImipMail;
import org.pushbox.server.pim.imip.ImipPart;
import org.pushbox.server.pim.imip.ItipEvent;
import org.pushbox.server.pim.imip.ItipException;
import org.pushbox.server.pim.imip.ItipMessage;
import org.pushbox.server.pim.imip.ItipParser;
import org.pushbox.server.pim.imip.ItipWriter;
import org.pushbox.server.pim.imip.MeetingAnswer;
import org.pushbox.server.pim.imip.MeetingCalendar;
import org.pushbox.server.pim.imip.MeetingProperty;
import org.pushbox.server.pim.imip.PartStat;
import org.pushbox.server.pim.imip.ReceivedMeeting;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.AttendeeProperty;
import org.pushbox.storage.api.EmailProperty;
import org.pushbox.storage.api.EventExceptionProperty;
import org.pushbox.storage.api.EventProperty;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemClass;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.MeetingRequestProperty;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.StoreException;
import org.pushbox.storage.api.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one MeetingResponse Request for one account, in three steps so that a retry neither loses nor
 * repeats anything:
 * <ol>
 *   <li>resolve the target (the meeting request mail, or 14.1+ the calendar item) read-only;</li>
 *   <li>16.x with SendResponse: hand the iTIP REPLY (COUNTER with a 16.1 proposed time) to the
 *       {@link MailSubmitter}, under a ClientId derived from the answer, so a retried request is recognised
 *       as a duplicate and not sent twice;</li>
 *   <li>one transaction: the calendar item's ResponseType, BusyStatus and own AttendeeStatus (a decline removes
 *       the item, or deletes the one occurrence), and the request mail moved to Deleted Items.</li>
 * </ol>
 * Before 16.0 the client sends the reply itself with SendMail ([MS-ASCMD] 2.2.1.11), so nothing is sent.
 */
final class MeetingResponder {

    private static final Logger LOG = LoggerFactory.getLogger(MeetingResponder.class);
    private static final Tag BODY_DATA = CodePages.require("AirSyncBase", "Data");
    private static final int BUSY = 2;
    private static final int TENTATIVE = 1;

    /** The result of one request: its status and, after accept or tentative, the calendar item's ServerId. */
    record Outcome(EasStatus status, String calendarId) {
    }

    /** What a request names: the item answered, the meeting's calendar item if any, the meeting's UID. */
    private record Target(Item item, Item event, String uid) {
        boolean isMail() {
            return item.itemClass() == ItemClass.EMAIL;
        }
    }

    /** A refusal with the status to answer. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient EasStatus status;

        Refused(EasStatus status) {
            super(null, null, false, false);
            this.status = status;
        }
    }

    private final MailboxStore store;
    private final MailSubmitter submitter;
    private final Clock clock;
    private final Account account;
    private final ProtocolVersion version;

    MeetingResponder(MailboxStore store, MailSubmitter submitter, Clock clock, Account account,
            ProtocolVersion version) {
        this.store = store;
        this.submitter = submitter;
        this.clock = clock;
        this.account = account;
        this.version = version;
    }

    Outcome respond(MeetingResponseRequest.Request request) {
        try {
            Target target = store.transaction(tx -> resolve(tx, request));
            ItipMessage invitation = target.isMail() ? invitation(target) : null;
            if (target.event() == null && invitation == null && request.userResponse() != UserResponse.DECLINED) {
                throw new Refused(MeetingResponseStatus.INVALID_MEETING_REQUEST); // nothing to build the item from
            }
            if (request.sendResponse() != null && version.atLeast(ProtocolVersion.V16_0)) {
                send(answer(target, invitation, request));
            }
            String calendarId = store.transaction(tx -> apply(tx, request, invitation));
            return new Outcome(MeetingResponseStatus.SUCCESS, calendarId);
        } catch (Refused e) {
            return new Outcome(e.status, null);
        } catch (StoreException e) {
            LOG.warn("MeetingResponse for account {} failed: {}", account.id(), e.toString());
            return new Outcome(MeetingResponseStatus.MAILBOX_ERROR, null);
        }
    }

    private Target resolve(Transaction tx, MeetingResponseRequest.Request request) {
        if (request.longId() != null) {
            // Search results are the only LongIds, and pushbox does not answer Search yet.
            throw new Refused(MeetingResponseStatus.INVALID_MEETING_REQUEST);
        }
        if (request.instanceId() != null && !version.atLeast(ProtocolVersion.V14_1)) {
            throw new Refused(MeetingResponseStatus.INVALID_MEETING_REQUEST);
        }
        Folder folder = id(request.collectionId()).flatMap(tx.folders()::get).filter(f -> f.accountId() == account.id())
                .orElseThrow(() -> new Refused(MeetingResponseStatus.INVALID_MEETING_REQUEST));
        Item item = id(request.requestId()).flatMap(tx.items()::get).filter(i -> i.folderId() == folder.id())
                .orElseThrow(() -> new Refused(MeetingResponseStatus.INVALID_MEETING_REQUEST));
        Target target;
        if (item.itemClass() == ItemClass.EMAIL) {
            PropertyMap meeting = item.properties().group(EmailProperty.MEETING_REQUEST);
            String messageClass = item.properties().text(EmailProperty.MESSAGE_CLASS);
            String uid = meeting == null ? null : meeting.text(MeetingRequestProperty.UID);
            if (uid == null || messageClass == null || !messageClass.startsWith("IPM.Schedule.Meeting.Request")) {
                throw new Refused(MeetingResponseStatus.INVALID_MEETING_REQUEST);
            }
            target = new Target(item, MeetingCalendar.findByUid(tx, account.id(), uid).orElse(null), uid);
        } else if (item.itemClass() == ItemClass.EVENT && version.atLeast(ProtocolVersion.V14_1)
                && ReceivedMeeting.isReceived(item.properties())) {
            target = new Target(item, item, item.properties().text(EventProperty.UID));
        } else {
            throw new Refused(MeetingResponseStatus.INVALID_MEETING_REQUEST);
        }
        if (request.instanceId() != null && !recurring(target)) {
            throw new Refused(CommonStatus.NO_RECURRENCE_IN_CALENDAR);
        }
        return target;
    }

    private static boolean recurring(Target target) {
        if (target.event() != null) {
            return target.event().properties().group(EventProperty.RECURRENCE) != null;
        }
        PropertyMap meeting = target.item().properties().group(EmailProperty.MEETING_REQUEST);
        return meeting != null && !meeting.groups(MeetingRequestProperty.RECURRENCES).isEmpty();
    }

    /** The invitation's iTIP object, read again from the stored MIME; null when it cannot be read. */
    private ItipMessage invitation(Target target) {
        if (target.item().content().mime() == null) {
            return null;
        }
        try (InputStream in = store.blobs().open(target.item().content().mime())) {
            Optional<String> text = ImipPart.read(in);
            if (text.isEmpty()) {
                return null;
            }
            ItipMessage message = ItipParser.parse(text.get());
            return message.uid().equals(target.uid()) ? message : null;
        } catch (IOException | ItipException | StoreException e) {
            LOG.info("meeting request {} has no readable invitation: {}", target.item().id(), e.getMessage());
            return null;
        }
    }

    private MeetingAnswer answer(Target target, ItipMessage invitation, MeetingResponseRequest.Request request) {
        PropertyMap event = target.event() == null ? null : target.event().properties();
        ItipEvent invited = invitation == null ? null : invitation.main();
        String organizer = event != null ? event.text(EventProperty.ORGANIZER_EMAIL) : null;
        String organizerName = event != null ? event.text(EventProperty.ORGANIZER_NAME) : null;
        if (organizer == null && invited != null) {
            organizer = invited.organizerEmail();
            organizerName = invited.organizerName();
        }
        if (organizer == null) {
            throw new Refused(MeetingResponseStatus.INVALID_MEETING_REQUEST); // no one to answer
        }
        // The SEQUENCE of the version answered: the request mail's when answering the mail.
        Long sequence = target.item().properties().integer(MeetingProperty.SEQUENCE);
        if (sequence == null && event != null) {
            sequence = event.integer(MeetingProperty.SEQUENCE);
        }
        MeetingResponseRequest.SendResponse send = request.sendResponse();
        boolean propose = version.atLeast(ProtocolVersion.V16_1) && send.proposedStartTime() != null
                && send.proposedEndTime() != null && request.userResponse() != UserResponse.ACCEPTED;
        return new MeetingAnswer(target.uid(), sequence == null ? 0 : sequence.intValue(), organizer, organizerName,
                event != null ? event.text(EventProperty.SUBJECT) : invited.summary(),
                event != null ? event.time(EventProperty.START_TIME) : invited.start(),
                event != null ? event.time(EventProperty.END_TIME) : invited.end(),
                event != null ? Boolean.TRUE.equals(event.bool(EventProperty.ALL_DAY_EVENT)) : invited.allDay(),
                request.instanceId(), attendeeAddress(event, invited), account.displayName(),
                partStat(request.userResponse()), propose ? send.proposedStartTime() : null,
                propose ? send.proposedEndTime() : null, comment(send.body()));
    }

    /** The account's address the meeting was sent to, else its primary address. */
    private String attendeeAddress(PropertyMap event, ItipEvent invited) {
        for (String address : account.addresses()) {
            if (invited != null && invited.attendee(address) != null) {
                return address;
            }
            if (event != null && event.groups(EventProperty.ATTENDEES).stream()
                    .anyMatch(a -> address.equalsIgnoreCase(a.text(AttendeeProperty.EMAIL)))) {
                return address;
            }
        }
        return account.primaryAddress();
    }

    private static String comment(WbxmlElement body) {
        if (body == null) {
            return null;
        }
        WbxmlElement data = body.child(BODY_DATA);
        String text = data == null ? null : data.textOrOpaqueAsString();
        return text == null || text.isBlank() ? null : text;
    }

    private void send(MeetingAnswer answer) {
        if (submitter == null || account.primaryAddress() == null) {
            throw new Refused(MeetingResponseStatus.SERVER_ERROR);
        }
        Instant now = clock.instant();
        String ics = ItipWriter.answer(answer, now);
        byte[] mime = ImipMail.compose(answer.attendeeEmail(), account.displayName(), List.of(answer.organizerEmail()),
                subject(answer), text(answer), answer.method(), ics, now);
        try {
            submitter.submit(new OutgoingMessage(account.id(), clientId(answer), answer.attendeeEmail(),
                    List.of(answer.organizerEmail()), mime));
        } catch (SubmitException e) {
            LOG.info("meeting reply of account {} refused: {}", account.id(), e.getMessage());
            throw new Refused(e.reason() == SubmitException.Reason.STORAGE_FAILED ? MeetingResponseStatus.SERVER_ERROR
                    : MeetingResponseStatus.MAILBOX_ERROR);
        }
    }

    /**
     * Derived from what is answered, so a retried request (the device missed our response) is the same
     * ClientId and the submitter does not send it twice; a different answer is a different id.
     */
    static String clientId(MeetingAnswer a) {
        String key = String.join("\n", a.uid(), Integer.toString(a.sequence()), String.valueOf(a.recurrenceId()),
                a.partStat().name(), String.valueOf(a.proposedStart()), String.valueOf(a.proposedEnd()));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "meeting-" + HexFormat.of().formatHex(hash, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MeetingAnswer a) {
        String prefix = a.proposesNewTime() ? "New Time Proposed" : switch (a.partStat()) {
            case ACCEPTED -> "Accepted";
            case DECLINED -> "Declined";
            default -> "Tentative";
        };
        return a.summary() == null ? prefix : prefix + ": " + a.summary();
    }

    private static String text(MeetingAnswer a) {
        if (a.comment() != null) {
            return a.comment();
        }
        String who = a.attendeeName() == null ? a.attendeeEmail() : a.attendeeName();
        String verb = a.proposesNewTime() ? "proposed a new time for" : switch (a.partStat()) {
            case ACCEPTED -> "accepted";
            case DECLINED -> "declined";
            default -> "tentatively accepted";
        };
        return who + " has " + verb + " this meeting.";
    }

    private String apply(Transaction tx, MeetingResponseRequest.Request request, ItipMessage invitation) {
        // Resolved again: another device may have answered (or deleted the mail) since step 1.
        Target target = resolve(tx, request);
        Instant now = clock.instant();
        Item event = target.event();
        UserResponse response = request.userResponse();
        if (event == null && response != UserResponse.DECLINED) {
            Folder calendar = MeetingCalendar.defaultCalendar(tx, account.id())
                    .orElseThrow(() -> new Refused(MeetingResponseStatus.MAILBOX_ERROR));
            event = tx.items().add(calendar.id(), ReceivedMeeting.calendarItem(invitation));
        }
        String calendarId = null;
        if (event != null) {
            calendarId = answerInCalendar(tx, event, request, intendedBusy(target, invitation), now);
        }
        if (target.isMail()) {
            removeRequestMail(tx, target.item());
        }
        return calendarId;
    }

    /** Records the answer on the item; returns its ServerId, or null when it was declined away. */
    private String answerInCalendar(Transaction tx, Item event, MeetingResponseRequest.Request request,
            int intendedBusy, Instant now) {
        UserResponse response = request.userResponse();
        PartStat partStat = partStat(response);
        int busy = response == UserResponse.ACCEPTED ? intendedBusy : TENTATIVE;
        PropertyMap stored = event.properties();
        if (request.instanceId() == null) {
            if (response == UserResponse.DECLINED) {
                // Exchange removes a declined meeting from the calendar; devices remove it on the next Sync.
                tx.items().delete(event.id());
                return null;
            }
            tx.items().update(event.id(), PropertyMap.builder()
                    .integer(EventProperty.RESPONSE_TYPE, partStat.responseType())
                    .integer(EventProperty.BUSY_STATUS, busy)
                    .time(EventProperty.APPOINTMENT_REPLY_TIME, now)
                    .groups(EventProperty.ATTENDEES, ownStatus(stored.groups(EventProperty.ATTENDEES), partStat))
                    .build(), Set.of());
            return Long.toString(event.id());
        }
        List<PropertyMap> exceptions = new ArrayList<>(stored.groups(EventProperty.EXCEPTIONS));
        PropertyMap previous = null;
        for (PropertyMap x : exceptions) {
            if (request.instanceId().equals(x.time(EventExceptionProperty.EXCEPTION_START_TIME))) {
                previous = x;
            }
        }
        exceptions.remove(previous);
        PropertyMap.Builder exception = (previous == null ? PropertyMap.builder() : previous.toBuilder())
                .time(EventExceptionProperty.EXCEPTION_START_TIME, request.instanceId());
        if (response == UserResponse.DECLINED) {
            exception.bool(EventExceptionProperty.DELETED, true);
        } else {
            exception.integer(EventExceptionProperty.RESPONSE_TYPE, partStat.responseType())
                    .integer(EventExceptionProperty.BUSY_STATUS, busy)
                    .time(EventExceptionProperty.APPOINTMENT_REPLY_TIME, now);
        }
        exceptions.add(exception.build());
        tx.items().update(event.id(), PropertyMap.builder().groups(EventProperty.EXCEPTIONS, exceptions).build(),
                Set.of());
        return response == UserResponse.DECLINED ? null : Long.toString(event.id());
    }

    private List<PropertyMap> ownStatus(List<PropertyMap> attendees, PartStat partStat) {
        List<PropertyMap> out = new ArrayList<>(attendees.size());
        for (PropertyMap a : attendees) {
            String email = a.text(AttendeeProperty.EMAIL);
            boolean own = email != null && account.addresses().stream().anyMatch(email::equalsIgnoreCase);
            out.add(own ? a.toBuilder().integer(AttendeeProperty.STATUS, partStat.attendeeStatus()).build() : a);
        }
        return out;
    }

    /** The busy status the organizer intends (shown once accepted); busy when unknown. */
    private static int intendedBusy(Target target, ItipMessage invitation) {
        if (invitation != null) {
            return invitation.main().busyStatus();
        }
        PropertyMap meeting = target.item().properties().group(EmailProperty.MEETING_REQUEST);
        Long busy = meeting == null ? null : meeting.integer(MeetingRequestProperty.BUSY_STATUS);
        return busy == null ? BUSY : busy.intValue();
    }

    /** Exchange moves an answered request to Deleted Items; without that folder it is deleted. */
    private void removeRequestMail(Transaction tx, Item mail) {
        Optional<Folder> trash = tx.folders().findByType(account.id(), FolderType.DELETED_ITEMS);
        if (trash.isPresent() && trash.get().id() != mail.folderId()) {
            tx.items().move(mail.id(), trash.get().id());
        } else if (trash.isEmpty()) {
            tx.items().delete(mail.id());
        }
    }

    static PartStat partStat(UserResponse response) {
        return switch (response) {
            case ACCEPTED -> PartStat.ACCEPTED;
            case TENTATIVE -> PartStat.TENTATIVE;
            case DECLINED -> PartStat.DECLINED;
        };
    }

    private static Optional<Long> id(String text) {
        if (text == null || text.isEmpty() || text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(text));
    }
}
