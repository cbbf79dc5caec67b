package org.pushbox.server.pim.imip;

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
import java.util.UUID;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.server.command.sync.ClientChangeListener;
import org.pushbox.server.mail.out.MailSubmitter;
import org.pushbox.server.mail.out.OutgoingMessage;
import org.pushbox.server.mail.out.SubmitException;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.AttendeeProperty;
import org.pushbox.storage.api.EventProperty;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemClass;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the invitations of meetings a 16.x device organizes (the device leaves that to the server; before
 * 16.0 devices send them themselves with SendMail). After a Sync commits, each calendar item the device added
 * or changed that is a meeting it organizes (MeetingStatus 1) with attendees gets a METHOD:REQUEST to every
 * attendee when what the invitation says (time, subject, place, recurrence, attendees, text) differs from
 * what was last sent; SEQUENCE grows with each. A meeting the device cancels (MeetingStatus 5) or deletes
 * (moved to Deleted Items) gets a METHOD:CANCEL once, if invitations had gone out.
 *
 * <p>The item records what was sent (UID, SEQUENCE, digest), which the device then sees as a change. A
 * repeated Sync changes nothing and sends nothing; the ClientId of each message is derived from UID,
 * SEQUENCE and content, so the Outbox never sends the same invitation twice.
 */
public final class OrganizerInvitations implements ClientChangeListener {

    private static final Logger LOG = LoggerFactory.getLogger(OrganizerInvitations.class);
    private static final int ORGANIZED = 1;
    private static final int ORGANIZED_CANCELLED = 5;

    private final MailboxStore store;
    private final MailSubmitter submitter;
    private final Clock clock;

    public OrganizerInvitations(MailboxStore store, MailSubmitter submitter, Clock clock) {
        this.store = store;
        this.submitter = submitter;
        this.clock = clock;
    }

    @Override
    public void committed(Account account, ProtocolVersion version, List<Long> itemIds) {
        if (!version.atLeast(ProtocolVersion.V16_0) || account.primaryAddress() == null) {
            return;
        }
        for (Item item : store.items().getAll(itemIds)) {
            if (item.itemClass() != ItemClass.EVENT || item.accountId() != account.id()) {
                continue;
            }
            try {
                handle(account, item);
            } catch (SubmitException | StoreException e) {
                LOG.warn("invitations of calendar item {} of account {} not sent: {}", item.id(), account.id(),
                        e.getMessage());
            }
        }
    }

    private void handle(Account account, Item item) throws SubmitException {
        PropertyMap p = item.properties();
        Long status = p.integer(EventProperty.MEETING_STATUS);
        int meetingStatus = status == null ? 0 : (int) (status & ~8L); // 9/13 repeat 1/5
        Optional<Folder> folder = store.folders().get(item.folderId());
        boolean deleted = folder.map(f -> f.type() == FolderType.DELETED_ITEMS).orElse(false);
        boolean calendar = folder.map(f -> f.type() == FolderType.CALENDAR || f.type() == FolderType.USER_CALENDAR)
                .orElse(false);
        if (OrganizedMeeting.invitees(p, account).isEmpty()) {
            return;
        }
        boolean invited = p.text(MeetingProperty.SENT_DIGEST) != null;
        if ((deleted || meetingStatus == ORGANIZED_CANCELLED) && invited
                && !Boolean.TRUE.equals(p.bool(MeetingProperty.CANCEL_SENT))) {
            send(account, item, ItipMethod.CANCEL);
        } else if (calendar && meetingStatus == ORGANIZED) {
            send(account, item, ItipMethod.REQUEST);
        }
    }

    private void send(Account account, Item item, ItipMethod method) throws SubmitException {
        PropertyMap p = item.properties();
        String digest = digest(p);
        if (method == ItipMethod.REQUEST && digest.equals(p.text(MeetingProperty.SENT_DIGEST))) {
            return; // nothing the attendees see has changed (or this Sync was a repeat)
        }
        String organizer = organizer(account, p.text(EventProperty.ORGANIZER_EMAIL));
        String uid = p.text(EventProperty.UID) != null ? p.text(EventProperty.UID) : UUID.randomUUID().toString();
        Long sent = p.integer(MeetingProperty.SEQUENCE);
        int sequence = sent == null ? 0 : (int) (sent + 1);
        OrganizedMeeting meeting = OrganizedMeeting.of(p, uid, sequence, account, organizer);
        Instant now = clock.instant();
        String ics = ItipWriter.invitation(method, meeting, now);
        List<String> to = new ArrayList<>();
        meeting.attendees().forEach(a -> to.add(a.email()));
        String subject = (method == ItipMethod.CANCEL ? "Canceled: " : "")
                + (meeting.summary() == null ? "Meeting" : meeting.summary());
        String text = method == ItipMethod.CANCEL ? "This meeting has been cancelled."
                : account.displayName() + " invites you to this meeting.";
        byte[] mime = ImipMail.compose(organizer, account.displayName(), to, subject, text, method, ics, now);
        submitter.submit(new OutgoingMessage(account.id(), clientId(uid, sequence, method, digest), organizer, to,
                mime));
        PropertyMap.Builder update = PropertyMap.builder().text(EventProperty.UID, uid)
                .integer(MeetingProperty.SEQUENCE, sequence).text(MeetingProperty.SENT_DIGEST, digest)
                .text(EventProperty.ORGANIZER_EMAIL, organizer).text(EventProperty.ORGANIZER_NAME, account.displayName());
        if (method == ItipMethod.CANCEL) {
            update.bool(MeetingProperty.CANCEL_SENT, true);
        }
        store.transaction(tx -> tx.items().update(item.id(), update.build(), Set.of()));
        LOG.info("{} of meeting {} (sequence {}) sent to {} attendee(s)", method, item.id(), sequence, to.size());
    }

    /** The account's address the item names as organizer, else the primary one. */
    private static String organizer(Account account, String stored) {
        if (stored != null && account.addresses().stream().anyMatch(stored::equalsIgnoreCase)) {
            return stored;
        }
        return account.primaryAddress();
    }

    /** What the attendees see of the meeting. */
    static String digest(PropertyMap p) {
        List<String> attendees = new ArrayList<>();
        // Who is invited, not how they answered: replies change statuses without anything to re-send.
        p.groups(EventProperty.ATTENDEES).forEach(a -> attendees.add(String.valueOf(a.text(AttendeeProperty.EMAIL))
                .toLowerCase(java.util.Locale.ROOT) + "/" + a.integer(AttendeeProperty.ATTENDEE_TYPE)));
        attendees.sort(null);
        String text = String.join("\n", String.valueOf(p.time(EventProperty.START_TIME)),
                String.valueOf(p.time(EventProperty.END_TIME)), String.valueOf(p.bool(EventProperty.ALL_DAY_EVENT)),
                String.valueOf(p.text(EventProperty.SUBJECT)), String.valueOf(p.text(EventProperty.LOCATION)),
                String.valueOf(p.text(EventProperty.BODY)), String.valueOf(p.group(EventProperty.RECURRENCE)),
                String.join(",", attendees));
        return sha256(text).substring(0, 32);
    }

    private static String clientId(String uid, int sequence, ItipMethod method, String digest) {
        return "invite-" + sha256(uid + "\n" + sequence + "\n" + method + "\n" + digest).substring(0, 40);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
