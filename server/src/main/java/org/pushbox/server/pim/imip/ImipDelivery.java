package org.pushbox.server.pim.imip;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.Attachment;
import org.pushbox.storage.api.AttendeeProperty;
import org.pushbox.storage.api.EmailProperty;
import org.pushbox.storage.api.EventExceptionProperty;
import org.pushbox.storage.api.EventProperty;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemClass;
import org.pushbox.storage.api.ItemContent;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mail-delivery step for iMIP messages ([RFC 6047]): it turns the delivered Email into a meeting message
 * and applies the iTIP method to the recipient's calendar, inside the delivery's transaction, so the mail
 * and the calendar change commit (and are journalled, waking Pings on both folders) together or not at all.
 *
 * <ul>
 *   <li>REQUEST: MessageClass {@code IPM.Schedule.Meeting.Request} with the MeetingRequest fields; the
 *       calendar item is added (tentative, not responded), or replaced when the SEQUENCE (then DTSTAMP) is
 *       newer than the stored one; an older request changes nothing and is marked outdated.</li>
 *   <li>CANCEL: {@code IPM.Schedule.Meeting.Canceled}; the item is kept, marked cancelled (MeetingStatus 7,
 *       free), or the cancelled occurrence becomes a deleted exception.</li>
 *   <li>REPLY: {@code IPM.Schedule.Meeting.Resp.Pos/Tent/Neg}; the organizer's item records the attendee's
 *       PARTSTAT as AttendeeStatus. COUNTER is shown as a tentative reply with the proposed times.</li>
 * </ul>
 */
public final class ImipDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(ImipDelivery.class);

    static final String REQUEST_CLASS = "IPM.Schedule.Meeting.Request";
    static final String CANCELED_CLASS = "IPM.Schedule.Meeting.Canceled";

    /**
     * Reads the iTIP message of a delivered mail, once for all recipients; empty for ordinary mail and for
     * calendar parts that are not usable iTIP (those stay plain attachments).
     */
    public Optional<ItipMessage> read(MessageSource message, List<Attachment> attachments) {
        if (!ImipPart.mayHaveCalendar(attachments)) {
            return Optional.empty();
        }
        try (InputStream in = message.open()) {
            Optional<String> text = ImipPart.read(in);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(ItipParser.parse(text.get()));
        } catch (ItipException | IOException e) {
            LOG.info("calendar part not used as iTIP, delivered as ordinary mail: {}", e.getMessage());
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.warn("calendar part not used as iTIP after an unexpected failure", e);
            return Optional.empty();
        }
    }

    /** Opens the delivered message's bytes (a spool file, or a blob for local delivery). */
    @FunctionalInterface
    public interface MessageSource {
        InputStream open() throws IOException;
    }

    /**
     * Applies {@code itip} for {@code account} in {@code tx} and returns the Email to store in its place.
     */
    public ItemContent apply(Transaction tx, Account account, ItipMessage itip, ItemContent email, Instant now) {
        PropertyMap.Builder mail = email.properties().toBuilder();
        switch (itip.method()) {
            case REQUEST -> request(tx, account, itip, mail);
            case CANCEL -> cancel(tx, account, itip, mail);
            case REPLY, COUNTER -> reply(tx, account, itip, mail);
            default -> {
                return email;
            }
        }
        mail.integer(MeetingProperty.SEQUENCE, itip.main().sequence());
        return new ItemContent(email.itemClass(), mail.build(), email.mime(), email.preview(), email.attachments());
    }

    private void request(Transaction tx, Account account, ItipMessage itip, PropertyMap.Builder mail) {
        ItipEvent e = itip.main();
        ItipAttendee self = self(account, e);
        boolean responseRequested = self == null || self.rsvp();
        mail.text(EmailProperty.MESSAGE_CLASS, REQUEST_CLASS);
        int messageType;
        if (organizes(account, e)) {
            messageType = 0; // the organizer's own copy: its calendar already holds the meeting
        } else {
            messageType = updateAttendeeCalendar(tx, account, itip, responseRequested);
        }
        mail.group(EmailProperty.MEETING_REQUEST, MeetingContent.meetingRequest(itip, messageType, responseRequested));
    }

    /** Adds or updates the attendee's item; returns the MeetingMessageType the invitation gets. */
    private int updateAttendeeCalendar(Transaction tx, Account account, ItipMessage itip, boolean responseRequested) {
        ItipEvent e = itip.main();
        Optional<Item> existing = MeetingCalendar.findByUid(tx, account.id(), e.uid());
        if (itip.instanceOnly()) {
            if (existing.isPresent()) {
                if (!newer(e, existing.get().properties())) {
                    return 4;
                }
                tx.items().update(existing.get().id(), withException(existing.get().properties(), e)
                        .integer(MeetingProperty.SEQUENCE, e.sequence()).build(), Set.of());
                return 2;
            }
            // An occurrence of a series this account never received: stored as a meeting of its own.
        }
        if (existing.isEmpty()) {
            Optional<Folder> calendar = MeetingCalendar.defaultCalendar(tx, account.id());
            if (calendar.isEmpty()) {
                return 1;
            }
            tx.items().add(calendar.get().id(),
                    ItemContent.of(ItemClass.EVENT, MeetingContent.event(itip, null, responseRequested)));
            return 1;
        }
        Item item = existing.get();
        if (!newer(e, item.properties())) {
            return 4;
        }
        tx.items().replace(item.id(), new ItemContent(ItemClass.EVENT,
                MeetingContent.event(itip, item.properties(), responseRequested), null, null, item.content().attachments()));
        return 2;
    }

    private void cancel(Transaction tx, Account account, ItipMessage itip, PropertyMap.Builder mail) {
        ItipEvent e = itip.main();
        mail.text(EmailProperty.MESSAGE_CLASS, CANCELED_CLASS);
        mail.group(EmailProperty.MEETING_REQUEST, MeetingContent.meetingRequest(itip, 0, false));
        if (organizes(account, e)) {
            return;
        }
        Optional<Item> existing = MeetingCalendar.findByUid(tx, account.id(), e.uid());
        if (existing.isEmpty() || olderThanStored(e, existing.get().properties())) {
            return;
        }
        Item item = existing.get();
        if (itip.instanceOnly()) {
            PropertyMap.Builder b = PropertyMap.builder();
            List<PropertyMap> exceptions = new ArrayList<>(item.properties().groups(EventProperty.EXCEPTIONS));
            for (ItipEvent occurrence : itip.events()) {
                exceptions.removeIf(x -> occurrence.recurrenceId().equals(
                        x.time(EventExceptionProperty.EXCEPTION_START_TIME)));
                exceptions.add(PropertyMap.builder().bool(EventExceptionProperty.DELETED, true)
                        .time(EventExceptionProperty.EXCEPTION_START_TIME, occurrence.recurrenceId()).build());
            }
            b.groups(EventProperty.EXCEPTIONS, exceptions);
            tx.items().update(item.id(), b.build(), Set.of());
            return;
        }
        tx.items().update(item.id(), PropertyMap.builder()
                .integer(EventProperty.MEETING_STATUS, MeetingContent.RECEIVED_CANCELLED)
                .integer(EventProperty.BUSY_STATUS, MeetingContent.BUSY_FREE)
                .integer(MeetingProperty.SEQUENCE, e.sequence()).build(), Set.of());
    }

    private void reply(Transaction tx, Account account, ItipMessage itip, PropertyMap.Builder mail) {
        ItipEvent e = itip.main();
        ItipAttendee from = e.attendees().isEmpty() ? null : e.attendees().get(0);
        PartStat answer = itip.method() == ItipMethod.COUNTER || from == null ? PartStat.TENTATIVE : from.partStat();
        mail.text(EmailProperty.MESSAGE_CLASS, switch (answer) {
            case ACCEPTED -> "IPM.Schedule.Meeting.Resp.Pos";
            case DECLINED -> "IPM.Schedule.Meeting.Resp.Neg";
            default -> "IPM.Schedule.Meeting.Resp.Tent";
        });
        if (itip.method() == ItipMethod.COUNTER) {
            // The proposal travels in the MeetingRequest group (16.1 ProposedStartTime/EndTime, kept under
            // their own keys); the times of the organizer's meeting are in its calendar item.
            mail.group(EmailProperty.MEETING_REQUEST, MeetingContent.meetingRequest(itip, 0, false).toBuilder()
                    .time(MeetingProperty.PROPOSED_START_TIME, e.start()).time(MeetingProperty.PROPOSED_END_TIME, e.end()).build());
            return;
        }
        if (from == null || itip.instanceOnly()) {
            return;
        }
        Optional<Item> existing = MeetingCalendar.findByUid(tx, account.id(), e.uid());
        if (existing.isEmpty()) {
            return;
        }
        Item item = existing.get();
        Long stored = item.properties().integer(MeetingProperty.SEQUENCE);
        if (stored != null && e.sequence() < stored) {
            return; // an answer to an older version of the meeting
        }
        List<PropertyMap> attendees = new ArrayList<>(item.properties().groups(EventProperty.ATTENDEES));
        boolean found = false;
        for (int i = 0; i < attendees.size(); i++) {
            PropertyMap a = attendees.get(i);
            if (from.is(a.text(AttendeeProperty.EMAIL))) {
                attendees.set(i, a.toBuilder().integer(AttendeeProperty.STATUS, from.partStat().attendeeStatus()).build());
                found = true;
            }
        }
        if (!found) {
            attendees.add(MeetingContent.attendee(from.email(), from.name(), from.partStat().attendeeStatus(),
                    from.attendeeType()));
        }
        tx.items().update(item.id(), PropertyMap.builder().groups(EventProperty.ATTENDEES, attendees).build(),
                Set.of());
    }

    /** RFC 5546 2.1.5: a higher SEQUENCE, or the same one with a later DTSTAMP, is a newer version. */
    static boolean newer(ItipEvent e, PropertyMap stored) {
        Long seq = stored.integer(MeetingProperty.SEQUENCE);
        long storedSequence = seq == null ? 0 : seq;
        if (e.sequence() != storedSequence) {
            return e.sequence() > storedSequence;
        }
        Instant storedStamp = stored.time(EventProperty.DT_STAMP);
        return e.dtStamp() != null && (storedStamp == null || e.dtStamp().isAfter(storedStamp));
    }

    private static boolean olderThanStored(ItipEvent e, PropertyMap stored) {
        Long seq = stored.integer(MeetingProperty.SEQUENCE);
        return seq != null && e.sequence() < seq;
    }

    private static PropertyMap.Builder withException(PropertyMap stored, ItipEvent occurrence) {
        List<PropertyMap> exceptions = new ArrayList<>(stored.groups(EventProperty.EXCEPTIONS));
        exceptions.removeIf(x -> occurrence.recurrenceId().equals(x.time(EventExceptionProperty.EXCEPTION_START_TIME)));
        exceptions.add(MeetingContent.exception(occurrence));
        return PropertyMap.builder().groups(EventProperty.EXCEPTIONS, exceptions);
    }

    private static ItipAttendee self(Account account, ItipEvent e) {
        for (String address : account.addresses()) {
            ItipAttendee a = e.attendee(address);
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    static boolean organizes(Account account, ItipEvent e) {
        return e.organizerEmail() != null
                && account.addresses().stream().anyMatch(a -> a.equalsIgnoreCase(e.organizerEmail()));
    }
}
