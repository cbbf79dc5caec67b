package org.pushbox.storage.api;

/** Every property of a contact; the picture is a blob reference. */
public enum ContactProperty implements SpecifiedPropertyKey {
    ANNIVERSARY(PropertyType.TIME),
    BIRTHDAY(PropertyType.TIME),
    ASSISTANT_NAME(PropertyType.TEXT),
    ASSISTANT_PHONE_NUMBER(PropertyType.TEXT),
    BUSINESS2_PHONE_NUMBER(PropertyType.TEXT),
    BUSINESS_ADDRESS_CITY(PropertyType.TEXT),
    BUSINESS_ADDRESS_COUNTRY(PropertyType.TEXT),
    BUSINESS_ADDRESS_POSTAL_CODE(PropertyType.TEXT),
    BUSINESS_ADDRESS_STATE(PropertyType.TEXT),
    BUSINESS_ADDRESS_STREET(PropertyType.TEXT),
    BUSINESS_FAX_NUMBER(PropertyType.TEXT),
    BUSINESS_PHONE_NUMBER(PropertyType.TEXT),
    CAR_PHONE_NUMBER(PropertyType.TEXT),
    CATEGORIES(PropertyType.TEXT_LIST),
    CHILDREN(PropertyType.TEXT_LIST),
    COMPANY_NAME(PropertyType.TEXT),
    DEPARTMENT(PropertyType.TEXT),
    EMAIL1_ADDRESS(PropertyType.TEXT),
    EMAIL2_ADDRESS(PropertyType.TEXT),
    EMAIL3_ADDRESS(PropertyType.TEXT),
    FILE_AS(PropertyType.TEXT),
    FIRST_NAME(PropertyType.TEXT),
    MIDDLE_NAME(PropertyType.TEXT),
    LAST_NAME(PropertyType.TEXT),
    SUFFIX(PropertyType.TEXT),
    TITLE(PropertyType.TEXT),
    HOME2_PHONE_NUMBER(PropertyType.TEXT),
    HOME_ADDRESS_CITY(PropertyType.TEXT),
    HOME_ADDRESS_COUNTRY(PropertyType.TEXT),
    HOME_ADDRESS_POSTAL_CODE(PropertyType.TEXT),
    HOME_ADDRESS_STATE(PropertyType.TEXT),
    HOME_ADDRESS_STREET(PropertyType.TEXT),
    HOME_FAX_NUMBER(PropertyType.TEXT),
    HOME_PHONE_NUMBER(PropertyType.TEXT),
    JOB_TITLE(PropertyType.TEXT),
    MOBILE_PHONE_NUMBER(PropertyType.TEXT),
    OFFICE_LOCATION(PropertyType.TEXT),
    OTHER_ADDRESS_CITY(PropertyType.TEXT),
    OTHER_ADDRESS_COUNTRY(PropertyType.TEXT),
    OTHER_ADDRESS_POSTAL_CODE(PropertyType.TEXT),
    OTHER_ADDRESS_STATE(PropertyType.TEXT),
    OTHER_ADDRESS_STREET(PropertyType.TEXT),
    PAGER_NUMBER(PropertyType.TEXT),
    RADIO_PHONE_NUMBER(PropertyType.TEXT),
    SPOUSE(PropertyType.TEXT),
    WEB_PAGE(PropertyType.TEXT),
    YOMI_COMPANY_NAME(PropertyType.TEXT),
    YOMI_FIRST_NAME(PropertyType.TEXT),
    YOMI_LAST_NAME(PropertyType.TEXT),
    PICTURE(PropertyType.BLOB),
    ALIAS(PropertyType.TEXT),
    WEIGHTED_RANK(PropertyType.INTEGER),
    BODY(PropertyType.TEXT),
    BODY_TYPE(PropertyType.INTEGER),
    NATIVE_BODY_TYPE(PropertyType.INTEGER),
    CUSTOMER_ID(PropertyType.TEXT),
    GOVERNMENT_ID(PropertyType.TEXT),
    IM_ADDRESS(PropertyType.TEXT),
    IM_ADDRESS2(PropertyType.TEXT),
    IM_ADDRESS3(PropertyType.TEXT),
    MANAGER_NAME(PropertyType.TEXT),
    COMPANY_MAIN_PHONE(PropertyType.TEXT),
    ACCOUNT_NAME(PropertyType.TEXT),
    NICK_NAME(PropertyType.TEXT),
    MMS(PropertyType.TEXT);

    private final PropertySpec spec;

    ContactProperty(PropertyType type) {
        spec = PropertySpec.of(name(), type, PropertySpec.NO_MEMBERS);
    }

    @Override
    public PropertySpec spec() {
        return spec;
    }
}
