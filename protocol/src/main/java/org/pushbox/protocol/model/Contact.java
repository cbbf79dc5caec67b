package org.pushbox.protocol.model;

import java.time.Instant;
import java.util.List;
import org.pushbox.protocol.command.Bytes;
import org.pushbox.protocol.command.ItemClass;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * The ApplicationData of a contact ([MS-ASCNTC]; pages Contacts, Contacts2 and AirSyncBase Body),
 * with the element names of the code-page table. Birthday and Anniversary are kept as the exact
 * instants the client sent (clients send local midnight or noon as UTC; normalising would shift
 * the date for someone).
 */
public final class Contact extends ElementGroup<Contact> implements ItemData {

    public static final Field<Instant> ANNIVERSARY = Field.of(Tags.contacts("Anniversary"), Scalars.DATE_TIME);
    public static final Field<Instant> BIRTHDAY = Field.of(Tags.contacts("Birthday"), Scalars.DATE_TIME);
    public static final Field<String> ASSISTANT_NAME = Field.of(Tags.contacts("AssistantName"), Scalars.TEXT);
    public static final Field<String> ASSISTANT_PHONE_NUMBER = Field.of(Tags.contacts("AssistantPhoneNumber"), Scalars.TEXT);
    public static final Field<String> BUSINESS2_PHONE_NUMBER = Field.of(Tags.contacts("Business2PhoneNumber"), Scalars.TEXT);
    public static final Field<String> BUSINESS_ADDRESS_CITY = Field.of(Tags.contacts("BusinessAddressCity"), Scalars.TEXT);
    public static final Field<String> BUSINESS_ADDRESS_COUNTRY = Field.of(Tags.contacts("BusinessAddressCountry"), Scalars.TEXT);
    public static final Field<String> BUSINESS_ADDRESS_POSTAL_CODE = Field.of(Tags.contacts("BusinessAddressPostalCode"), Scalars.TEXT);
    public static final Field<String> BUSINESS_ADDRESS_STATE = Field.of(Tags.contacts("BusinessAddressState"), Scalars.TEXT);
    public static final Field<String> BUSINESS_ADDRESS_STREET = Field.of(Tags.contacts("BusinessAddressStreet"), Scalars.TEXT);
    public static final Field<String> BUSINESS_FAX_NUMBER = Field.of(Tags.contacts("BusinessFaxNumber"), Scalars.TEXT);
    public static final Field<String> BUSINESS_PHONE_NUMBER = Field.of(Tags.contacts("BusinessPhoneNumber"), Scalars.TEXT);
    public static final Field<String> CAR_PHONE_NUMBER = Field.of(Tags.contacts("CarPhoneNumber"), Scalars.TEXT);
    public static final Field<String> COMPANY_NAME = Field.of(Tags.contacts("CompanyName"), Scalars.TEXT);
    public static final Field<String> DEPARTMENT = Field.of(Tags.contacts("Department"), Scalars.TEXT);
    public static final Field<String> EMAIL1_ADDRESS = Field.of(Tags.contacts("Email1Address"), Scalars.TEXT);
    public static final Field<String> EMAIL2_ADDRESS = Field.of(Tags.contacts("Email2Address"), Scalars.TEXT);
    public static final Field<String> EMAIL3_ADDRESS = Field.of(Tags.contacts("Email3Address"), Scalars.TEXT);
    public static final Field<String> FILE_AS = Field.of(Tags.contacts("FileAs"), Scalars.TEXT);
    public static final Field<String> FIRST_NAME = Field.of(Tags.contacts("FirstName"), Scalars.TEXT);
    public static final Field<String> HOME2_PHONE_NUMBER = Field.of(Tags.contacts("Home2PhoneNumber"), Scalars.TEXT);
    public static final Field<String> HOME_ADDRESS_CITY = Field.of(Tags.contacts("HomeAddressCity"), Scalars.TEXT);
    public static final Field<String> HOME_ADDRESS_COUNTRY = Field.of(Tags.contacts("HomeAddressCountry"), Scalars.TEXT);
    public static final Field<String> HOME_ADDRESS_POSTAL_CODE = Field.of(Tags.contacts("HomeAddressPostalCode"), Scalars.TEXT);
    public static final Field<String> HOME_ADDRESS_STATE = Field.of(Tags.contacts("HomeAddressState"), Scalars.TEXT);
    public static final Field<String> HOME_ADDRESS_STREET = Field.of(Tags.contacts("HomeAddressStreet"), Scalars.TEXT);
    public static final Field<String> HOME_FAX_NUMBER = Field.of(Tags.contacts("HomeFaxNumber"), Scalars.TEXT);
    public static final Field<String> HOME_PHONE_NUMBER = Field.of(Tags.contacts("HomePhoneNumber"), Scalars.TEXT);
    public static final Field<String> JOB_TITLE = Field.of(Tags.contacts("JobTitle"), Scalars.TEXT);
    public static final Field<String> LAST_NAME = Field.of(Tags.contacts("LastName"), Scalars.TEXT);
    public static final Field<String> MIDDLE_NAME = Field.of(Tags.contacts("MiddleName"), Scalars.TEXT);
    public static final Field<String> MOBILE_PHONE_NUMBER = Field.of(Tags.contacts("MobilePhoneNumber"), Scalars.TEXT);
    public static final Field<String> OFFICE_LOCATION = Field.of(Tags.contacts("OfficeLocation"), Scalars.TEXT);
    public static final Field<String> OTHER_ADDRESS_CITY = Field.of(Tags.contacts("OtherAddressCity"), Scalars.TEXT);
    public static final Field<String> OTHER_ADDRESS_COUNTRY = Field.of(Tags.contacts("OtherAddressCountry"), Scalars.TEXT);
    public static final Field<String> OTHER_ADDRESS_POSTAL_CODE = Field.of(Tags.contacts("OtherAddressPostalCode"), Scalars.TEXT);
    public static final Field<String> OTHER_ADDRESS_STATE = Field.of(Tags.contacts("OtherAddressState"), Scalars.TEXT);
    public static final Field<String> OTHER_ADDRESS_STREET = Field.of(Tags.contacts("OtherAddressStreet"), Scalars.TEXT);
    public static final Field<String> PAGER_NUMBER = Field.of(Tags.contacts("PagerNumber"), Scalars.TEXT);
    public static final Field<String> RADIO_PHONE_NUMBER = Field.of(Tags.contacts("RadioPhoneNumber"), Scalars.TEXT);
    public static final Field<String> SPOUSE = Field.of(Tags.contacts("Spouse"), Scalars.TEXT);
    public static final Field<String> SUFFIX = Field.of(Tags.contacts("Suffix"), Scalars.TEXT);
    public static final Field<String> TITLE = Field.of(Tags.contacts("Title"), Scalars.TEXT);
    public static final Field<String> WEB_PAGE = Field.of(Tags.contacts("WebPage"), Scalars.TEXT);
    public static final Field<String> YOMI_COMPANY_NAME = Field.of(Tags.contacts("YomiCompanyName"), Scalars.TEXT);
    public static final Field<String> YOMI_FIRST_NAME = Field.of(Tags.contacts("YomiFirstName"), Scalars.TEXT);
    public static final Field<String> YOMI_LAST_NAME = Field.of(Tags.contacts("YomiLastName"), Scalars.TEXT);
    /** 14.0+ (Recipient Information Cache). */
    public static final Field<String> ALIAS = Field.of(Tags.contacts("Alias"), Scalars.TEXT);
    /** 14.0+ (Recipient Information Cache). */
    public static final Field<Integer> WEIGHTED_RANK = Field.of(Tags.contacts("WeightedRank"), Scalars.integer(Integer.MIN_VALUE, Integer.MAX_VALUE));
    public static final Field<List<String>> CATEGORIES = Field.of(Tags.contacts("Categories"),
            Lists.of(Tags.contacts("Category"), Scalars.TEXT, 300));
    public static final Field<List<String>> CHILDREN = Field.of(Tags.contacts("Children"),
            Lists.of(Tags.contacts("Child"), Scalars.TEXT, 1000));
    /** A JPEG, base64 on the wire; at most {@link DecodeLimits#maxPictureBytes()}. */
    public static final Field<Bytes> PICTURE = Field.of(Tags.contacts("Picture"),
            Scalars.base64(DecodeLimits::maxPictureBytes));
    public static final Field<Body> BODY = AirSyncBase.BODY;
    public static final Field<Integer> NATIVE_BODY_TYPE = AirSyncBase.NATIVE_BODY_TYPE;
    public static final Field<String> CUSTOMER_ID = Field.of(Tags.contacts2("CustomerId"), Scalars.TEXT);
    public static final Field<String> GOVERNMENT_ID = Field.of(Tags.contacts2("GovernmentId"), Scalars.TEXT);
    public static final Field<String> IM_ADDRESS = Field.of(Tags.contacts2("IMAddress"), Scalars.TEXT);
    public static final Field<String> IM_ADDRESS2 = Field.of(Tags.contacts2("IMAddress2"), Scalars.TEXT);
    public static final Field<String> IM_ADDRESS3 = Field.of(Tags.contacts2("IMAddress3"), Scalars.TEXT);
    public static final Field<String> MANAGER_NAME = Field.of(Tags.contacts2("ManagerName"), Scalars.TEXT);
    public static final Field<String> COMPANY_MAIN_PHONE = Field.of(Tags.contacts2("CompanyMainPhone"), Scalars.TEXT);
    public static final Field<String> ACCOUNT_NAME = Field.of(Tags.contacts2("AccountName"), Scalars.TEXT);
    public static final Field<String> NICK_NAME = Field.of(Tags.contacts2("NickName"), Scalars.TEXT);
    public static final Field<String> MMS = Field.of(Tags.contacts2("MMS"), Scalars.TEXT);

    static final Schema SCHEMA = Schema.anyOrder(
            ANNIVERSARY, BIRTHDAY, ASSISTANT_NAME, ASSISTANT_PHONE_NUMBER, BUSINESS2_PHONE_NUMBER,
            BUSINESS_ADDRESS_CITY, BUSINESS_ADDRESS_COUNTRY, BUSINESS_ADDRESS_POSTAL_CODE,
            BUSINESS_ADDRESS_STATE, BUSINESS_ADDRESS_STREET, BUSINESS_FAX_NUMBER, BUSINESS_PHONE_NUMBER,
            CAR_PHONE_NUMBER, COMPANY_NAME, DEPARTMENT, EMAIL1_ADDRESS, EMAIL2_ADDRESS, EMAIL3_ADDRESS, FILE_AS,
            FIRST_NAME, HOME2_PHONE_NUMBER, HOME_ADDRESS_CITY, HOME_ADDRESS_COUNTRY, HOME_ADDRESS_POSTAL_CODE,
            HOME_ADDRESS_STATE, HOME_ADDRESS_STREET, HOME_FAX_NUMBER, HOME_PHONE_NUMBER, JOB_TITLE, LAST_NAME,
            MIDDLE_NAME, MOBILE_PHONE_NUMBER, OFFICE_LOCATION, OTHER_ADDRESS_CITY, OTHER_ADDRESS_COUNTRY,
            OTHER_ADDRESS_POSTAL_CODE, OTHER_ADDRESS_STATE, OTHER_ADDRESS_STREET, PAGER_NUMBER,
            RADIO_PHONE_NUMBER, SPOUSE, SUFFIX, TITLE, WEB_PAGE, YOMI_COMPANY_NAME, YOMI_FIRST_NAME,
            YOMI_LAST_NAME, ALIAS, WEIGHTED_RANK, CATEGORIES, CHILDREN, PICTURE, BODY, NATIVE_BODY_TYPE,
            CUSTOMER_ID, GOVERNMENT_ID, IM_ADDRESS, IM_ADDRESS2, IM_ADDRESS3, MANAGER_NAME, COMPANY_MAIN_PHONE,
            ACCOUNT_NAME, NICK_NAME, MMS);

    public static final Contact EMPTY = new Contact(List.of());

    Contact(List<Entry> entries) {
        super(entries);
    }

    public static Contact decode(WbxmlElement applicationData, ProtocolVersion version) throws DataClassException {
        return decode(applicationData, version, DecodeLimits.DEFAULT);
    }

    public static Contact decode(WbxmlElement applicationData, ProtocolVersion version, DecodeLimits limits)
            throws DataClassException {
        return new Contact(decodeEntries(applicationData, SCHEMA, new DecodeContext(version, limits)));
    }

    @Override
    public ItemClass itemClass() {
        return ItemClass.CONTACTS;
    }

    @Override
    Schema schema() {
        return SCHEMA;
    }

    @Override
    Contact create(List<Entry> entries) {
        return new Contact(entries);
    }
}
