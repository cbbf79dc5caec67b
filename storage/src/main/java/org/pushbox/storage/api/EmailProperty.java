package org.pushbox.storage.api;

import java.util.function.Supplier;

/** Every property of a mail message. The original MIME is a blob on the item, not a property. */
public enum EmailProperty implements SpecifiedPropertyKey {
    FROM(PropertyType.TEXT),
    TO(PropertyType.TEXT),
    CC(PropertyType.TEXT),
    BCC(PropertyType.TEXT),
    REPLY_TO(PropertyType.TEXT),
    SENDER(PropertyType.TEXT),
    SUBJECT(PropertyType.TEXT),
    DATE_RECEIVED(PropertyType.TIME),
    DISPLAY_TO(PropertyType.TEXT),
    THREAD_TOPIC(PropertyType.TEXT),
    IMPORTANCE(PropertyType.INTEGER),
    READ(PropertyType.BOOLEAN),
    MESSAGE_CLASS(PropertyType.TEXT),
    CONTENT_CLASS(PropertyType.TEXT),
    INTERNET_CPID(PropertyType.INTEGER),
    FLAG(PropertyType.GROUP, FlagProperty::values),
    CATEGORIES(PropertyType.TEXT_LIST),
    NATIVE_BODY_TYPE(PropertyType.INTEGER),
    BODY(PropertyType.TEXT),
    BODY_TYPE(PropertyType.INTEGER),
    CONVERSATION_ID(PropertyType.BYTES),
    CONVERSATION_INDEX(PropertyType.BYTES),
    LAST_VERB_EXECUTED(PropertyType.INTEGER),
    LAST_VERB_EXECUTION_TIME(PropertyType.TIME),
    RECEIVED_AS_BCC(PropertyType.BOOLEAN),
    IS_DRAFT(PropertyType.BOOLEAN),
    MESSAGE_ID(PropertyType.TEXT),
    MEETING_REQUEST(PropertyType.GROUP, MeetingRequestProperty::values);

    private final PropertySpec spec;

    EmailProperty(PropertyType type) {
        this(type, PropertySpec.NO_MEMBERS);
    }

    EmailProperty(PropertyType type, Supplier<PropertyKey[]> members) {
        spec = PropertySpec.of(name(), type, members);
    }

    @Override
    public PropertySpec spec() {
        return spec;
    }
}
