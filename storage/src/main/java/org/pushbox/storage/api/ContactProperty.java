package org.pushbox.storage.api;

import java.util.function.Supplier;

/** Every property of a contact; the picture is a blob reference. */
public enum ContactProperty implements PropertyKey {
    ANNIVERSARY(PropertyType.TIME, () -> PropertyKeys.NONE),
    BIRTHDAY(PropertyType.TIME, () -> PropertyKeys.NONE),
    ASSISTANT_NAME(PropertyType.TEXT, () -> PropertyKeys.NONE),
    ASSISTANT_PHONE_NUMBER(PropertyType.TEXT, () -> PropertyKeys.NONE),
    BUSINESS2_PHONE_NUMBER(PropertyType.TEXT, () -> PropertyKeys.NONE),
    BUSINESS_ADDRESS_CITY(PropertyType.TEXT, () -> PropertyKeys.NONE),
    BUSINESS_ADDRESS_COUNTRY(PropertyType.TEXT, () -> PropertyKeys.NONE),
    BUSINESS_ADDRESS_POSTAL_CODE(PropertyType.TEXT, () -> PropertyKeys.NONE),
    BUSINESS_ADDRESS_STATE(PropertyType.TEXT, () -> PropertyKeys.NONE),
    BUSINESS_ADDRESS_STREET(PropertyType.TEXT, () -> PropertyKeys.NONE),
    BUSINESS_FAX_NUMBER(PropertyType.TEXT, () -> PropertyKeys.NONE),
    BUSINESS_PHONE_NUMBER(PropertyType.TEXT, () -> PropertyKeys.NONE),
    CAR_PHONE_NUMBER(PropertyType.TEXT, () -> PropertyKeys.NONE),
    CATEGORIES(PropertyType.TEXT_LIST, () -> PropertyKeys.NONE),
    CHILDREN(PropertyType.TEXT_LIST, () -> PropertyKeys.NONE),
    COMPANY_NAME(PropertyType.TEXT, () -> PropertyKeys.NONE),
    DEPARTMENT(PropertyType.TEXT, () -> PropertyKeys.NONE),
    EMAIL1_ADDRESS(PropertyType.TEXT, () -> PropertyKeys.NONE),
    EMAIL2_ADDRESS(PropertyType.TEXT, () -> PropertyKeys.NONE),
    EMAIL3_ADDRESS(PropertyType.TEXT, () -> PropertyKeys.NONE),
    FILE_AS(PropertyType.TEXT, () -> PropertyKeys.NONE),
    FIRST_NAME(PropertyType.TEXT, () -> PropertyKeys.NONE),
    MIDDLE_NAME(PropertyType.TEXT, () -> PropertyKeys.NONE),
    LAST_NAME(PropertyType.TEXT, () -> PropertyKeys.NONE),
    SUFFIX(PropertyType.TEXT, () -> PropertyKeys.NONE),
    TITLE(PropertyType.TEXT, () -> PropertyKeys.NONE),
    HOME2_PHONE_NUMBER(PropertyType.TEXT, () -> PropertyKeys.NONE),
    HOME_ADDRESS_CITY(PropertyType.TEXT, () -> PropertyKeys.NONE),
    HOME_ADDRESS_COUNTRY(PropertyType.TEXT, () -> PropertyKeys.NONE),
    HOME_ADDRESS_POSTAL_CODE(PropertyType.TEXT, () -> PropertyKeys.NONE),
    HOME_ADDRESS_STATE(PropertyType.TEXT, () -> PropertyKeys.NONE),
    HOME_ADDRESS_STREET(PropertyType.TEXT, () -> PropertyKeys.NONE),
    HOME_FAX_NUMBER(PropertyType.TEXT, () -> PropertyKeys.NONE),
    HOME_PHONE_NUMBER(PropertyType.TEXT, () -> PropertyKeys.NONE),
    JOB_TITLE(PropertyType.TEXT, () -> PropertyKeys.NONE),
    MOBILE_PHONE_NUMBER(PropertyType.TEXT, () -> PropertyKeys.NONE),
    OFFICE_LOCATION(PropertyType.TEXT, () -> PropertyKeys.NONE),
    OTHER_ADDRESS_CITY(PropertyType.TEXT, () -> PropertyKeys.NONE),
    OTHER_ADDRESS_COUNTRY(PropertyType.TEXT, () -> PropertyKeys.NONE),
    OTHER_ADDRESS_POSTAL_CODE(PropertyType.TEXT, () -> PropertyKeys.NONE),
    OTHER_ADDRESS_STATE(PropertyType.TEXT, () -> PropertyKeys.NONE),
    OTHER_ADDRESS_STREET(PropertyType.TEXT, () -> PropertyKeys.NONE),
    PAGER_NUMBER(PropertyType.TEXT, () -> PropertyKeys.NONE),
    RADIO_PHONE_NUMBER(PropertyType.TEXT, () -> PropertyKeys.NONE),
    SPOUSE(PropertyType.TEXT, () -> PropertyKeys.NONE),
    WEB_PAGE(PropertyType.TEXT, () -> PropertyKeys.NONE),
    YOMI_COMPANY_NAME(PropertyType.TEXT, () -> PropertyKeys.NONE),
    YOMI_FIRST_NAME(PropertyType.TEXT, () -> PropertyKeys.NONE),
    YOMI_LAST_NAME(PropertyType.TEXT, () -> PropertyKeys.NONE),
    PICTURE(PropertyType.BLOB, () -> PropertyKeys.NONE),
    ALIAS(PropertyType.TEXT, () -> PropertyKeys.NONE),
    WEIGHTED_RANK(PropertyType.INTEGER, () -> PropertyKeys.NONE),
    BODY(PropertyType.TEXT, () -> PropertyKeys.NONE),
    BODY_TYPE(PropertyType.INTEGER, () -> PropertyKeys.NONE),
    NATIVE_BODY_TYPE(PropertyType.INTEGER, () -> PropertyKeys.NONE),
    CUSTOMER_ID(PropertyType.TEXT, () -> PropertyKeys.NONE),
    GOVERNMENT_ID(PropertyType.TEXT, () -> PropertyKeys.NONE),
    IM_ADDRESS(PropertyType.TEXT, () -> PropertyKeys.NONE),
    IM_ADDRESS2(PropertyType.TEXT, () -> PropertyKeys.NONE),
    IM_ADDRESS3(PropertyType.TEXT, () -> PropertyKeys.NONE),
    MANAGER_NAME(PropertyType.TEXT, () -> PropertyKeys.NONE),
    COMPANY_MAIN_PHONE(PropertyType.TEXT, () -> PropertyKeys.NONE),
    ACCOUNT_NAME(PropertyType.TEXT, () -> PropertyKeys.NONE),
    NICK_NAME(PropertyType.TEXT, () -> PropertyKeys.NONE),
    MMS(PropertyType.TEXT, () -> PropertyKeys.NONE);

    private final PropertyType type;
    private final Supplier<PropertyKey[]> members;
    private final String key;

    ContactProperty(PropertyType type, Supplier<PropertyKey[]> members) {
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
