package org.pushbox.storage.api;

import java.util.function.Supplier;

/** Every property of a mail message. The original MIME is a blob on the item, not a property. */
public enum EmailProperty implements PropertyKey {
    FROM(PropertyType.TEXT, () -> PropertyKeys.NONE),
    TO(PropertyType.TEXT, () -> PropertyKeys.NONE),
    CC(PropertyType.TEXT, () -> PropertyKeys.NONE),
    BCC(PropertyType.TEXT, () -> PropertyKeys.NONE),
    REPLY_TO(PropertyType.TEXT, () -> PropertyKeys.NONE),
    SENDER(PropertyType.TEXT, () -> PropertyKeys.NONE),
    SUBJECT(PropertyType.TEXT, () -> PropertyKeys.NONE),
    DATE_RECEIVED(PropertyType.TIME, () -> PropertyKeys.NONE),
    DISPLAY_TO(PropertyType.TEXT, () -> PropertyKeys.NONE),
    THREAD_TOPIC(PropertyType.TEXT, () -> PropertyKeys.NONE),
    IMPORTANCE(PropertyType.INTEGER, () -> PropertyKeys.NONE),
    READ(PropertyType.BOOLEAN, () -> PropertyKeys.NONE),
    MESSAGE_CLASS(PropertyType.TEXT, () -> PropertyKeys.NONE),
    CONTENT_CLASS(PropertyType.TEXT, () -> PropertyKeys.NONE),
    INTERNET_CPID(PropertyType.INTEGER, () -> PropertyKeys.NONE),
    FLAG(PropertyType.GROUP, FlagProperty::values),
    CATEGORIES(PropertyType.TEXT_LIST, () -> PropertyKeys.NONE),
    NATIVE_BODY_TYPE(PropertyType.INTEGER, () -> PropertyKeys.NONE),
    BODY(PropertyType.TEXT, () -> PropertyKeys.NONE),
    BODY_TYPE(PropertyType.INTEGER, () -> PropertyKeys.NONE),
    CONVERSATION_ID(PropertyType.BYTES, () -> PropertyKeys.NONE),
    CONVERSATION_INDEX(PropertyType.BYTES, () -> PropertyKeys.NONE),
    LAST_VERB_EXECUTED(PropertyType.INTEGER, () -> PropertyKeys.NONE),
    LAST_VERB_EXECUTION_TIME(PropertyType.TIME, () -> PropertyKeys.NONE),
    RECEIVED_AS_BCC(PropertyType.BOOLEAN, () -> PropertyKeys.NONE),
    IS_DRAFT(PropertyType.BOOLEAN, () -> PropertyKeys.NONE),
    MESSAGE_ID(PropertyType.TEXT, () -> PropertyKeys.NONE),
    MEETING_REQUEST(PropertyType.GROUP, MeetingRequestProperty::values);

    private final PropertyType type;
    private final Supplier<PropertyKey[]> members;
    private final String key;

    EmailProperty(PropertyType type, Supplier<PropertyKey[]> members) {
        this.type = type;
        this.members = members;
        this.key = PropertyKeys.camel(name());
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public PropertyType type() {
        return type;
    }

    @Override
    public PropertyKey[] members() {
        return members.get();
    }
}
