package org.pushbox.protocol.model;

import java.time.Instant;
import java.util.List;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.Bytes;
import org.pushbox.protocol.command.ItemClass;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * The ApplicationData of an e-mail ([MS-ASEMAIL]; pages Email, Email2 and AirSyncBase). The
 * canonical order, used for fields added with {@link #with}, is the order in which Exchange sends
 * a message; the Email2 elements are 14.0+ (AccountId 14.1+, IsDraft/Bcc/Send 16.0+) and are left
 * out for versions that do not know them.
 */
public final class Email extends ElementGroup<Email> implements ItemData {

    public static final Field<String> TO = Field.of(Tags.email("To"), Scalars.TEXT);
    public static final Field<String> CC = Field.of(Tags.email("Cc"), Scalars.TEXT);
    public static final Field<String> FROM = Field.of(Tags.email("From"), Scalars.TEXT);
    public static final Field<String> SUBJECT = Field.of(Tags.email("Subject"), Scalars.TEXT);
    public static final Field<String> REPLY_TO = Field.of(Tags.email("ReplyTo"), Scalars.TEXT);
    public static final Field<Instant> DATE_RECEIVED = Field.of(Tags.email("DateReceived"), Scalars.DATE_TIME);
    public static final Field<String> DISPLAY_TO = Field.of(Tags.email("DisplayTo"), Scalars.TEXT);
    public static final Field<String> THREAD_TOPIC = Field.of(Tags.email("ThreadTopic"), Scalars.TEXT);
    /** 0 low, 1 normal, 2 high. */
    public static final Field<Integer> IMPORTANCE = Field.of(Tags.email("Importance"), Scalars.integer(0, 2));
    public static final Field<Boolean> READ = Field.of(Tags.email("Read"), Scalars.BOOLEAN);
    public static final Field<Attachments> ATTACHMENTS = AirSyncBase.ATTACHMENTS;
    public static final Field<Body> BODY = AirSyncBase.BODY;
    public static final Field<String> MESSAGE_CLASS = Field.of(Tags.email("MessageClass"), Scalars.TEXT);
    public static final Field<MeetingRequest> MEETING_REQUEST = Field.of(Tags.email("MeetingRequest"), MeetingRequest.CODEC);
    public static final Field<String> INTERNET_CPID = Field.of(Tags.email("InternetCPID"), Scalars.TEXT);
    public static final Field<Flag> FLAG = Field.of(Tags.email("Flag"), Flag.CODEC);
    public static final Field<String> CONTENT_CLASS = Field.of(Tags.email("ContentClass"), Scalars.TEXT);
    public static final Field<Integer> NATIVE_BODY_TYPE = AirSyncBase.NATIVE_BODY_TYPE;
    public static final Field<BodyPart> BODY_PART = AirSyncBase.BODY_PART;
    public static final Field<String> UM_CALLER_ID = Field.of(Tags.email2("UmCallerID"), Scalars.TEXT);
    public static final Field<String> UM_USER_NOTES = Field.of(Tags.email2("UmUserNotes"), Scalars.TEXT);
    public static final Field<Bytes> CONVERSATION_ID = Field.of(Tags.email2("ConversationId"), Scalars.OPAQUE);
    public static final Field<Bytes> CONVERSATION_INDEX = Field.of(Tags.email2("ConversationIndex"), Scalars.OPAQUE);
    /** 0 unknown, 1 reply to sender, 2 reply to all, 3 forward. */
    public static final Field<Integer> LAST_VERB_EXECUTED = Field.of(Tags.email2("LastVerbExecuted"), Scalars.integer(0, 3));
    public static final Field<Instant> LAST_VERB_EXECUTION_TIME = Field.of(Tags.email2("LastVerbExecutionTime"),
            Scalars.DATE_TIME);
    public static final Field<Boolean> RECEIVED_AS_BCC = Field.of(Tags.email2("ReceivedAsBcc"), Scalars.BOOLEAN);
    public static final Field<String> SENDER = Field.of(Tags.email2("Sender"), Scalars.TEXT);
    public static final Field<List<String>> CATEGORIES = Field.of(Tags.email("Categories"),
            Lists.of(Tags.email("Category"), Scalars.TEXT, 300));
    public static final Field<String> ACCOUNT_ID = Field.of(Tags.email2("AccountId"), Scalars.TEXT);
    public static final Field<Boolean> IS_DRAFT = Field.of(Tags.email2("IsDraft"), Scalars.BOOLEAN);
    public static final Field<String> BCC = Field.of(Tags.email2("Bcc"), Scalars.TEXT);
    /** 16.x requests: send this draft. */
    public static final Field<Boolean> SEND = Field.of(Tags.email2("Send"), Scalars.PRESENCE);

    static final Schema SCHEMA = Schema.anyOrder(TO, CC, FROM, SUBJECT, REPLY_TO, DATE_RECEIVED, DISPLAY_TO,
            THREAD_TOPIC, IMPORTANCE, READ, ATTACHMENTS, BODY, MESSAGE_CLASS, MEETING_REQUEST, INTERNET_CPID, FLAG,
            CONTENT_CLASS, NATIVE_BODY_TYPE, BODY_PART, UM_CALLER_ID, UM_USER_NOTES, CONVERSATION_ID,
            CONVERSATION_INDEX, LAST_VERB_EXECUTED, LAST_VERB_EXECUTION_TIME, RECEIVED_AS_BCC, SENDER, CATEGORIES,
            ACCOUNT_ID, IS_DRAFT, BCC, SEND);

    public static final Email EMPTY = new Email(List.of());

    Email(List<Entry> entries) {
        super(entries);
    }

    /** Reads the ApplicationData of an e-mail (any container tag). */
    public static Email decode(WbxmlElement applicationData, ProtocolVersion version) throws DataClassException {
        return decode(applicationData, version, DecodeLimits.DEFAULT);
    }

    public static Email decode(WbxmlElement applicationData, ProtocolVersion version, DecodeLimits limits)
            throws DataClassException {
        return new Email(decodeEntries(applicationData, SCHEMA, new DecodeContext(version, limits)));
    }



    @Override
    public ItemClass itemClass() {
        return ItemClass.EMAIL;
    }

    @Override
    Schema schema() {
        return SCHEMA;
    }

    @Override
    Email create(List<Entry> entries) {
        return new Email(entries);
    }
}
