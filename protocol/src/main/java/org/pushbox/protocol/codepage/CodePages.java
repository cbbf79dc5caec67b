package org.pushbox.protocol.codepage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The EAS code-page table of MS-ASWBXML: pages 0-25, every tag with its token, the MS-ASWBXML/XSD
 * spelling of its name, and the protocol versions that know it.
 *
 * <p>The rows below are meant to be checked line by line against the specification's table
 * (and against {@code docs/wbxml-tokens.csv}, which {@code CodePagesTableTest} does at build time).
 * Version notation: {@code all} = 2.5-16.1, {@code X+} = X and later, {@code <=X} = up to X,
 * {@code X-Y} = X to Y, {@code legacy} = no longer in the specification's table (2.5-era tokens and
 * tokens that every implementation still decodes): accepted on input, never to be emitted.
 *
 * <p>Deliberate deviations from the specification's tag table are commented on their row: four
 * names follow MS-ASWBXML.cs and the XSDs, and two Provision rows gain 16.1. Horde's private
 * page 254 is not EAS and is left out.
 */
public final class CodePages {

    private static final CodePage[] BY_NUMBER;
    private static final Map<String, CodePage> BY_NAMESPACE = new HashMap<>();
    private static final List<CodePage> PAGES;

    static {
        Table t = new Table();
        fill(t);
        BY_NUMBER = t.pages.toArray(new CodePage[0]);
        for (CodePage page : BY_NUMBER) {
            BY_NAMESPACE.put(page.namespace(), page);
        }
        PAGES = Collections.unmodifiableList(t.pages);
    }

    private CodePages() {
    }

    /** The page with this number, or {@code null} when EAS defines none. */
    public static CodePage page(int number) {
        return number >= 0 && number < BY_NUMBER.length ? BY_NUMBER[number] : null;
    }

    /** The page with this namespace name (e.g. {@code "AirSync"}), or {@code null}. */
    public static CodePage page(String namespace) {
        return BY_NAMESPACE.get(namespace);
    }

    /** All pages, 0-25, in number order. */
    public static List<CodePage> pages() {
        return PAGES;
    }

    /** The tag at (page, token), token without the content bit, or {@code null}. */
    public static Tag tag(int page, int token) {
        return page >= 0 && page < BY_NUMBER.length ? BY_NUMBER[page].tag(token) : null;
    }

    /** The tag named {@code name} in namespace {@code namespace}, or {@code null}. */
    public static Tag tag(String namespace, String name) {
        CodePage page = BY_NAMESPACE.get(namespace);
        return page == null ? null : page.tag(name);
    }

    /**
     * Like {@link #tag(String, String)} but fails for a name that is not in the table, for
     * {@code static final} constants in codecs where a typo must fail at class initialisation.
     */
    public static Tag require(String namespace, String name) {
        Tag tag = tag(namespace, name);
        if (tag == null) {
            throw new IllegalArgumentException("no tag " + namespace + ":" + name + " in the EAS code pages");
        }
        return tag;
    }

    /** Every tag of every page, in (page, token) order. */
    public static List<Tag> allTags() {
        List<Tag> all = new ArrayList<>();
        for (CodePage page : BY_NUMBER) {
            all.addAll(page.tags());
        }
        return all;
    }

    /** Collects the rows; keeps the table itself free of plumbing. */
    private static final class Table {
        final List<CodePage> pages = new ArrayList<>();

        void page(int number, String namespace, String prefix) {
            if (number != pages.size()) {
                throw new IllegalStateException("pages must be declared in order: " + number);
            }
            pages.add(new CodePage(number, namespace, prefix));
        }

        void tag(int page, int token, String name, String versions) {
            CodePage current = pages.get(pages.size() - 1);
            if (current.number() != page) {
                throw new IllegalStateException("row " + name + " says page " + page + " under page " + current);
            }
            current.add(new Tag(current, token, name, EasVersionRange.parse(versions)));
        }
    }

    // The table. One row per (page, token), in page and token order.
    private static void fill(Table t) {
        t.page(0, "AirSync", "airsync");
        t.tag(0, 0x05, "Sync", "all");
        t.tag(0, 0x06, "Responses", "all");
        t.tag(0, 0x07, "Add", "all");
        t.tag(0, 0x08, "Change", "all");
        t.tag(0, 0x09, "Delete", "all");
        t.tag(0, 0x0A, "Fetch", "all");
        t.tag(0, 0x0B, "SyncKey", "all");
        t.tag(0, 0x0C, "ClientId", "all");
        t.tag(0, 0x0D, "ServerId", "all");
        t.tag(0, 0x0E, "Status", "all");
        t.tag(0, 0x0F, "Collection", "all");
        t.tag(0, 0x10, "Class", "all");
        t.tag(0, 0x11, "Version", "legacy");
        t.tag(0, 0x12, "CollectionId", "all");
        t.tag(0, 0x13, "GetChanges", "all");
        t.tag(0, 0x14, "MoreAvailable", "all");
        t.tag(0, 0x15, "WindowSize", "all");
        t.tag(0, 0x16, "Commands", "all");
        t.tag(0, 0x17, "Options", "all");
        t.tag(0, 0x18, "FilterType", "all");
        t.tag(0, 0x19, "Truncation", "legacy");
        t.tag(0, 0x1A, "RtfTruncation", "legacy");
        t.tag(0, 0x1B, "Conflict", "all");
        t.tag(0, 0x1C, "Collections", "all");
        t.tag(0, 0x1D, "ApplicationData", "all");
        t.tag(0, 0x1E, "DeletesAsMoves", "all");
        t.tag(0, 0x1F, "NotifyGUID", "legacy");
        t.tag(0, 0x20, "Supported", "all");
        t.tag(0, 0x21, "SoftDelete", "all");
        t.tag(0, 0x22, "MIMESupport", "all");
        t.tag(0, 0x23, "MIMETruncation", "all");
        t.tag(0, 0x24, "Wait", "12.1+");
        t.tag(0, 0x25, "Limit", "12.1+");
        t.tag(0, 0x26, "Partial", "12.1+");
        t.tag(0, 0x27, "ConversationMode", "14.0+");
        t.tag(0, 0x28, "MaxItems", "14.0+");
        t.tag(0, 0x29, "HeartbeatInterval", "14.0+");

        t.page(1, "Contacts", "contacts");
        t.tag(1, 0x05, "Anniversary", "all");
        t.tag(1, 0x06, "AssistantName", "all");
        t.tag(1, 0x07, "AssistantPhoneNumber", "all");
        t.tag(1, 0x08, "Birthday", "all");
        t.tag(1, 0x09, "Body", "legacy");
        t.tag(1, 0x0A, "BodySize", "legacy");
        t.tag(1, 0x0B, "BodyTruncated", "legacy");
        t.tag(1, 0x0C, "Business2PhoneNumber", "all");
        t.tag(1, 0x0D, "BusinessAddressCity", "all");
        t.tag(1, 0x0E, "BusinessAddressCountry", "all");
        t.tag(1, 0x0F, "BusinessAddressPostalCode", "all");
        t.tag(1, 0x10, "BusinessAddressState", "all");
        t.tag(1, 0x11, "BusinessAddressStreet", "all");
        t.tag(1, 0x12, "BusinessFaxNumber", "all");
        t.tag(1, 0x13, "BusinessPhoneNumber", "all");
        t.tag(1, 0x14, "CarPhoneNumber", "all");
        t.tag(1, 0x15, "Categories", "all");
        t.tag(1, 0x16, "Category", "all");
        t.tag(1, 0x17, "Children", "all");
        t.tag(1, 0x18, "Child", "all");
        t.tag(1, 0x19, "CompanyName", "all");
        t.tag(1, 0x1A, "Department", "all");
        t.tag(1, 0x1B, "Email1Address", "all");
        t.tag(1, 0x1C, "Email2Address", "all");
        t.tag(1, 0x1D, "Email3Address", "all");
        t.tag(1, 0x1E, "FileAs", "all");
        t.tag(1, 0x1F, "FirstName", "all");
        t.tag(1, 0x20, "Home2PhoneNumber", "all");
        t.tag(1, 0x21, "HomeAddressCity", "all");
        t.tag(1, 0x22, "HomeAddressCountry", "all");
        t.tag(1, 0x23, "HomeAddressPostalCode", "all");
        t.tag(1, 0x24, "HomeAddressState", "all");
        t.tag(1, 0x25, "HomeAddressStreet", "all");
        t.tag(1, 0x26, "HomeFaxNumber", "all");
        t.tag(1, 0x27, "HomePhoneNumber", "all");
        t.tag(1, 0x28, "JobTitle", "all");
        t.tag(1, 0x29, "LastName", "all");
        t.tag(1, 0x2A, "MiddleName", "all");
        t.tag(1, 0x2B, "MobilePhoneNumber", "all");
        t.tag(1, 0x2C, "OfficeLocation", "all");
        t.tag(1, 0x2D, "OtherAddressCity", "all");
        t.tag(1, 0x2E, "OtherAddressCountry", "all");
        t.tag(1, 0x2F, "OtherAddressPostalCode", "all");
        t.tag(1, 0x30, "OtherAddressState", "all");
        t.tag(1, 0x31, "OtherAddressStreet", "all");
        t.tag(1, 0x32, "PagerNumber", "all");
        t.tag(1, 0x33, "RadioPhoneNumber", "all");
        t.tag(1, 0x34, "Spouse", "all");
        t.tag(1, 0x35, "Suffix", "all");
        t.tag(1, 0x36, "Title", "all");
        t.tag(1, 0x37, "WebPage", "all");
        t.tag(1, 0x38, "YomiCompanyName", "all");
        t.tag(1, 0x39, "YomiFirstName", "all");
        t.tag(1, 0x3A, "YomiLastName", "all");
        t.tag(1, 0x3B, "Rtf", "legacy");
        t.tag(1, 0x3C, "Picture", "all");
        t.tag(1, 0x3D, "Alias", "14.0+");
        t.tag(1, 0x3E, "WeightedRank", "14.0+");

        t.page(2, "Email", "email");
        t.tag(2, 0x05, "Attachment", "legacy");
        t.tag(2, 0x06, "Attachments", "legacy");
        t.tag(2, 0x07, "AttName", "legacy");
        t.tag(2, 0x08, "AttSize", "legacy");
        t.tag(2, 0x09, "AttOid", "legacy");
        t.tag(2, 0x0A, "AttMethod", "legacy");
        t.tag(2, 0x0B, "AttRemoved", "legacy");
        t.tag(2, 0x0C, "Body", "legacy");
        t.tag(2, 0x0D, "BodySize", "legacy");
        t.tag(2, 0x0E, "BodyTruncated", "legacy");
        t.tag(2, 0x0F, "DateReceived", "all");
        t.tag(2, 0x10, "DisplayName", "legacy");
        t.tag(2, 0x11, "DisplayTo", "all");
        t.tag(2, 0x12, "Importance", "all");
        t.tag(2, 0x13, "MessageClass", "all");
        t.tag(2, 0x14, "Subject", "all");
        t.tag(2, 0x15, "Read", "all");
        t.tag(2, 0x16, "To", "all");
        t.tag(2, 0x17, "Cc", "all");
        t.tag(2, 0x18, "From", "all");
        t.tag(2, 0x19, "ReplyTo", "all");
        t.tag(2, 0x1A, "AllDayEvent", "all");
        t.tag(2, 0x1B, "Categories", "14.0+");
        t.tag(2, 0x1C, "Category", "14.0+");
        t.tag(2, 0x1D, "DtStamp", "all");
        t.tag(2, 0x1E, "EndTime", "all");
        t.tag(2, 0x1F, "InstanceType", "all");
        t.tag(2, 0x20, "BusyStatus", "all");
        t.tag(2, 0x21, "Location", "<=14.1");
        t.tag(2, 0x22, "MeetingRequest", "all");
        t.tag(2, 0x23, "Organizer", "all");
        t.tag(2, 0x24, "RecurrenceId", "all");
        t.tag(2, 0x25, "Reminder", "all");
        t.tag(2, 0x26, "ResponseRequested", "all");
        t.tag(2, 0x27, "Recurrences", "all");
        t.tag(2, 0x28, "Recurrence", "all");
        t.tag(2, 0x29, "Type", "all");
        t.tag(2, 0x2A, "Until", "all");
        t.tag(2, 0x2B, "Occurrences", "all");
        t.tag(2, 0x2C, "Interval", "all");
        t.tag(2, 0x2D, "DayOfWeek", "all");
        t.tag(2, 0x2E, "DayOfMonth", "all");
        t.tag(2, 0x2F, "WeekOfMonth", "all");
        t.tag(2, 0x30, "MonthOfYear", "all");
        t.tag(2, 0x31, "StartTime", "all");
        t.tag(2, 0x32, "Sensitivity", "all");
        t.tag(2, 0x33, "TimeZone", "all");
        t.tag(2, 0x34, "GlobalObjId", "<=14.1");
        t.tag(2, 0x35, "ThreadTopic", "all");
        t.tag(2, 0x36, "MIMEData", "legacy");
        t.tag(2, 0x37, "MIMETruncated", "legacy");
        t.tag(2, 0x38, "MIMESize", "legacy");
        t.tag(2, 0x39, "InternetCPID", "all");
        t.tag(2, 0x3A, "Flag", "12.0+");
        t.tag(2, 0x3B, "Status", "12.0+");
        t.tag(2, 0x3C, "ContentClass", "12.0+");
        t.tag(2, 0x3D, "FlagType", "12.0+");
        t.tag(2, 0x3E, "CompleteTime", "12.0+");
        t.tag(2, 0x3F, "DisallowNewTimeProposal", "14.0+");

        t.page(3, "AirNotify", "airnotify");
        t.tag(3, 0x05, "Notify", "legacy");
        t.tag(3, 0x06, "Notification", "legacy");
        t.tag(3, 0x07, "Version", "legacy");
        t.tag(3, 0x08, "Lifetime", "legacy");
        t.tag(3, 0x09, "DeviceInfo", "legacy");
        t.tag(3, 0x0A, "Enable", "legacy");
        t.tag(3, 0x0B, "Folder", "legacy");
        t.tag(3, 0x0C, "ServerEntryId", "legacy");
        t.tag(3, 0x0D, "DeviceAddress", "legacy");
        t.tag(3, 0x0E, "ValidCarrierProfiles", "legacy");
        t.tag(3, 0x0F, "CarrierProfile", "legacy");
        t.tag(3, 0x10, "Status", "legacy");
        t.tag(3, 0x11, "Replies", "legacy");
        t.tag(3, 0x12, "Devices", "legacy");
        t.tag(3, 0x13, "Device", "legacy");
        t.tag(3, 0x14, "Id", "legacy");
        t.tag(3, 0x15, "Expiry", "legacy");
        t.tag(3, 0x16, "NotifyGUID", "legacy");

        t.page(4, "Calendar", "calendar");
        t.tag(4, 0x05, "Timezone", "all");
        t.tag(4, 0x06, "AllDayEvent", "all");
        t.tag(4, 0x07, "Attendees", "all");
        t.tag(4, 0x08, "Attendee", "all");
        t.tag(4, 0x09, "Email", "all");
        t.tag(4, 0x0A, "Name", "all");
        t.tag(4, 0x0B, "Body", "legacy");
        t.tag(4, 0x0C, "BodyTruncated", "legacy");
        t.tag(4, 0x0D, "BusyStatus", "all");
        t.tag(4, 0x0E, "Categories", "all");
        t.tag(4, 0x0F, "Category", "all");
        t.tag(4, 0x10, "Rtf", "legacy");
        t.tag(4, 0x11, "DtStamp", "all");
        t.tag(4, 0x12, "EndTime", "all");
        t.tag(4, 0x13, "Exception", "all");
        t.tag(4, 0x14, "Exceptions", "all");
        t.tag(4, 0x15, "Deleted", "all");
        t.tag(4, 0x16, "ExceptionStartTime", "<=14.1");
        t.tag(4, 0x17, "Location", "<=14.1");
        t.tag(4, 0x18, "MeetingStatus", "all");
        t.tag(4, 0x19, "OrganizerEmail", "all");
        t.tag(4, 0x1A, "OrganizerName", "all");
        t.tag(4, 0x1B, "Recurrence", "all");
        t.tag(4, 0x1C, "Type", "all");
        t.tag(4, 0x1D, "Until", "all");
        t.tag(4, 0x1E, "Occurrences", "all");
        t.tag(4, 0x1F, "Interval", "all");
        t.tag(4, 0x20, "DayOfWeek", "all");
        t.tag(4, 0x21, "DayOfMonth", "all");
        t.tag(4, 0x22, "WeekOfMonth", "all");
        t.tag(4, 0x23, "MonthOfYear", "all");
        t.tag(4, 0x24, "Reminder", "all");
        t.tag(4, 0x25, "Sensitivity", "all");
        t.tag(4, 0x26, "Subject", "all");
        t.tag(4, 0x27, "StartTime", "all");
        t.tag(4, 0x28, "UID", "all");
        t.tag(4, 0x29, "AttendeeStatus", "12.0+");
        t.tag(4, 0x2A, "AttendeeType", "12.0+");
        t.tag(4, 0x2B, "Attachment", "legacy");
        t.tag(4, 0x2C, "Attachments", "legacy");
        t.tag(4, 0x2D, "AttName", "legacy");
        t.tag(4, 0x2E, "AttSize", "legacy");
        t.tag(4, 0x2F, "AttOid", "legacy");
        t.tag(4, 0x30, "AttMethod", "legacy");
        t.tag(4, 0x31, "AttRemoved", "legacy");
        t.tag(4, 0x32, "DisplayName", "legacy");
        t.tag(4, 0x33, "DisallowNewTimeProposal", "14.0+");
        t.tag(4, 0x34, "ResponseRequested", "14.0+");
        t.tag(4, 0x35, "AppointmentReplyTime", "14.0+");
        t.tag(4, 0x36, "ResponseType", "14.0+");
        t.tag(4, 0x37, "CalendarType", "14.0+");
        t.tag(4, 0x38, "IsLeapMonth", "14.0+");
        t.tag(4, 0x39, "FirstDayOfWeek", "14.1+");
        t.tag(4, 0x3A, "OnlineMeetingConfLink", "14.1+");
        t.tag(4, 0x3B, "OnlineMeetingExternalLink", "14.1+");
        t.tag(4, 0x3C, "ClientUid", "16.0+");

        t.page(5, "Move", "move");
        t.tag(5, 0x05, "MoveItems", "all");
        t.tag(5, 0x06, "Move", "all");
        t.tag(5, 0x07, "SrcMsgId", "all");
        t.tag(5, 0x08, "SrcFldId", "all");
        t.tag(5, 0x09, "DstFldId", "all");
        t.tag(5, 0x0A, "Response", "all");
        t.tag(5, 0x0B, "Status", "all");
        t.tag(5, 0x0C, "DstMsgId", "all");

        t.page(6, "GetItemEstimate", "getitemestimate");
        t.tag(6, 0x05, "GetItemEstimate", "all");
        t.tag(6, 0x06, "Version", "legacy");
        t.tag(6, 0x07, "Collections", "all");
        t.tag(6, 0x08, "Collection", "all");
        t.tag(6, 0x09, "Class", "<=12.1");
        t.tag(6, 0x0A, "CollectionId", "all");
        t.tag(6, 0x0B, "DateTime", "legacy");
        t.tag(6, 0x0C, "Estimate", "all");
        t.tag(6, 0x0D, "Response", "all");
        t.tag(6, 0x0E, "Status", "all");

        t.page(7, "FolderHierarchy", "folderhierarchy");
        t.tag(7, 0x05, "Folders", "<=12.1");
        t.tag(7, 0x06, "Folder", "<=12.1");
        t.tag(7, 0x07, "DisplayName", "all");
        t.tag(7, 0x08, "ServerId", "all");
        t.tag(7, 0x09, "ParentId", "all");
        t.tag(7, 0x0A, "Type", "all");
        t.tag(7, 0x0B, "Response", "legacy");
        t.tag(7, 0x0C, "Status", "all");
        t.tag(7, 0x0D, "ContentClass", "legacy");
        t.tag(7, 0x0E, "Changes", "all");
        t.tag(7, 0x0F, "Add", "all");
        t.tag(7, 0x10, "Delete", "all");
        t.tag(7, 0x11, "Update", "all");
        t.tag(7, 0x12, "SyncKey", "all");
        t.tag(7, 0x13, "FolderCreate", "all");
        t.tag(7, 0x14, "FolderDelete", "all");
        t.tag(7, 0x15, "FolderUpdate", "all");
        t.tag(7, 0x16, "FolderSync", "all");
        t.tag(7, 0x17, "Count", "all");
        t.tag(7, 0x18, "Version", "legacy");

        t.page(8, "MeetingResponse", "meetingresponse");
        t.tag(8, 0x05, "CalendarId", "all");
        t.tag(8, 0x06, "CollectionId", "all");
        t.tag(8, 0x07, "MeetingResponse", "all");
        t.tag(8, 0x08, "RequestId", "all");
        t.tag(8, 0x09, "Request", "all");
        t.tag(8, 0x0A, "Result", "all");
        t.tag(8, 0x0B, "Status", "all");
        t.tag(8, 0x0C, "UserResponse", "all");
        t.tag(8, 0x0D, "Version", "legacy");
        t.tag(8, 0x0E, "InstanceId", "14.1+");
        t.tag(8, 0x10, "ProposedStartTime", "16.1+");
        t.tag(8, 0x11, "ProposedEndTime", "16.1+");
        t.tag(8, 0x12, "SendResponse", "16.0+");

        t.page(9, "Tasks", "tasks");
        t.tag(9, 0x05, "Body", "legacy");
        t.tag(9, 0x06, "BodySize", "legacy");
        t.tag(9, 0x07, "BodyTruncated", "legacy");
        t.tag(9, 0x08, "Categories", "all");
        t.tag(9, 0x09, "Category", "all");
        t.tag(9, 0x0A, "Complete", "all");
        t.tag(9, 0x0B, "DateCompleted", "all");
        t.tag(9, 0x0C, "DueDate", "all");
        t.tag(9, 0x0D, "UtcDueDate", "all");
        t.tag(9, 0x0E, "Importance", "all");
        t.tag(9, 0x0F, "Recurrence", "all");
        t.tag(9, 0x10, "Type", "all");
        t.tag(9, 0x11, "Start", "all");
        t.tag(9, 0x12, "Until", "all");
        t.tag(9, 0x13, "Occurrences", "all");
        t.tag(9, 0x14, "Interval", "all");
        t.tag(9, 0x15, "DayOfMonth", "all");
        t.tag(9, 0x16, "DayOfWeek", "all");
        t.tag(9, 0x17, "WeekOfMonth", "all");
        t.tag(9, 0x18, "MonthOfYear", "all");
        t.tag(9, 0x19, "Regenerate", "all");
        t.tag(9, 0x1A, "DeadOccur", "all");
        t.tag(9, 0x1B, "ReminderSet", "all");
        t.tag(9, 0x1C, "ReminderTime", "all");
        t.tag(9, 0x1D, "Sensitivity", "all");
        t.tag(9, 0x1E, "StartDate", "all");
        t.tag(9, 0x1F, "UtcStartDate", "all");
        t.tag(9, 0x20, "Subject", "all");
        t.tag(9, 0x21, "Rtf", "legacy");
        t.tag(9, 0x22, "OrdinalDate", "12.0+");
        t.tag(9, 0x23, "SubOrdinalDate", "12.0+");
        t.tag(9, 0x24, "CalendarType", "14.0+");
        t.tag(9, 0x25, "IsLeapMonth", "14.0+");
        t.tag(9, 0x26, "FirstDayOfWeek", "14.1+");

        t.page(10, "ResolveRecipients", "resolverecipients");
        t.tag(10, 0x05, "ResolveRecipients", "all");
        t.tag(10, 0x06, "Response", "all");
        t.tag(10, 0x07, "Status", "all");
        t.tag(10, 0x08, "Type", "all");
        t.tag(10, 0x09, "Recipient", "all");
        t.tag(10, 0x0A, "DisplayName", "all");
        t.tag(10, 0x0B, "EmailAddress", "all");
        t.tag(10, 0x0C, "Certificates", "all");
        t.tag(10, 0x0D, "Certificate", "all");
        t.tag(10, 0x0E, "MiniCertificate", "all");
        t.tag(10, 0x0F, "Options", "all");
        t.tag(10, 0x10, "To", "all");
        t.tag(10, 0x11, "CertificateRetrieval", "all");
        t.tag(10, 0x12, "RecipientCount", "all");
        t.tag(10, 0x13, "MaxCertificates", "all");
        t.tag(10, 0x14, "MaxAmbiguousRecipients", "all");
        t.tag(10, 0x15, "CertificateCount", "all");
        t.tag(10, 0x16, "Availability", "14.0+");
        t.tag(10, 0x17, "StartTime", "14.0+");
        t.tag(10, 0x18, "EndTime", "14.0+");
        t.tag(10, 0x19, "MergedFreeBusy", "14.0+");
        t.tag(10, 0x1A, "Picture", "14.1+");
        t.tag(10, 0x1B, "MaxSize", "14.1+");
        t.tag(10, 0x1C, "Data", "14.1+");
        t.tag(10, 0x1D, "MaxPictures", "14.1+");

        t.page(11, "ValidateCert", "validatecert");
        t.tag(11, 0x05, "ValidateCert", "all");
        t.tag(11, 0x06, "Certificates", "all");
        t.tag(11, 0x07, "Certificate", "all");
        t.tag(11, 0x08, "CertificateChain", "all");
        t.tag(11, 0x09, "CheckCrl", "all");  // spec table: CheckCRL; MS-ASCMD and MS-ASWBXML.cs spell it CheckCrl
        t.tag(11, 0x0A, "Status", "all");

        t.page(12, "Contacts2", "contacts2");
        t.tag(12, 0x05, "CustomerId", "all");
        t.tag(12, 0x06, "GovernmentId", "all");
        t.tag(12, 0x07, "IMAddress", "all");
        t.tag(12, 0x08, "IMAddress2", "all");
        t.tag(12, 0x09, "IMAddress3", "all");
        t.tag(12, 0x0A, "ManagerName", "all");
        t.tag(12, 0x0B, "CompanyMainPhone", "all");
        t.tag(12, 0x0C, "AccountName", "all");
        t.tag(12, 0x0D, "NickName", "all");
        t.tag(12, 0x0E, "MMS", "all");

        t.page(13, "Ping", "ping");
        t.tag(13, 0x05, "Ping", "all");
        t.tag(13, 0x06, "AutdState", "legacy");
        t.tag(13, 0x07, "Status", "all");
        t.tag(13, 0x08, "HeartbeatInterval", "all");
        t.tag(13, 0x09, "Folders", "all");
        t.tag(13, 0x0A, "Folder", "all");
        t.tag(13, 0x0B, "Id", "all");
        t.tag(13, 0x0C, "Class", "all");
        t.tag(13, 0x0D, "MaxFolders", "all");
        t.tag(13, 0x0E, "Version", "legacy");

        t.page(14, "Provision", "provision");
        t.tag(14, 0x05, "Provision", "all");
        t.tag(14, 0x06, "Policies", "all");
        t.tag(14, 0x07, "Policy", "all");
        t.tag(14, 0x08, "PolicyType", "all");
        t.tag(14, 0x09, "PolicyKey", "all");
        t.tag(14, 0x0A, "Data", "all");
        t.tag(14, 0x0B, "Status", "all");
        t.tag(14, 0x0C, "RemoteWipe", "all");
        t.tag(14, 0x0D, "EASProvisionDoc", "12.0+");
        t.tag(14, 0x0E, "DevicePasswordEnabled", "12.0+");
        t.tag(14, 0x0F, "AlphanumericDevicePasswordRequired", "12.0+");
        t.tag(14, 0x10, "RequireStorageCardEncryption", "12.1+");
        t.tag(14, 0x11, "PasswordRecoveryEnabled", "12.0+");
        t.tag(14, 0x12, "DocumentBrowseEnabled", "legacy");
        t.tag(14, 0x13, "AttachmentsEnabled", "12.0+");
        t.tag(14, 0x14, "MinDevicePasswordLength", "12.0+");
        t.tag(14, 0x15, "MaxInactivityTimeDeviceLock", "12.0+");
        t.tag(14, 0x16, "MaxDevicePasswordFailedAttempts", "12.0+");  // spec table omits 16.1; MS-ASPROV keeps the element in 16.1
        t.tag(14, 0x17, "MaxAttachmentSize", "12.0+");
        t.tag(14, 0x18, "AllowSimpleDevicePassword", "12.0+");
        t.tag(14, 0x19, "DevicePasswordExpiration", "12.0+");
        t.tag(14, 0x1A, "DevicePasswordHistory", "12.0+");
        t.tag(14, 0x1B, "AllowStorageCard", "12.1+");
        t.tag(14, 0x1C, "AllowCamera", "12.1+");
        t.tag(14, 0x1D, "RequireDeviceEncryption", "12.1+");
        t.tag(14, 0x1E, "AllowUnsignedApplications", "12.1+");
        t.tag(14, 0x1F, "AllowUnsignedInstallationPackages", "12.1+");
        t.tag(14, 0x20, "MinDevicePasswordComplexCharacters", "12.1+");
        t.tag(14, 0x21, "AllowWiFi", "12.1+");
        t.tag(14, 0x22, "AllowTextMessaging", "12.1+");
        t.tag(14, 0x23, "AllowPOPIMAPEmail", "12.1+");
        t.tag(14, 0x24, "AllowBluetooth", "12.1+");
        t.tag(14, 0x25, "AllowIrDA", "12.1+");
        t.tag(14, 0x26, "RequireManualSyncWhenRoaming", "12.1+");
        t.tag(14, 0x27, "AllowDesktopSync", "12.1+");
        t.tag(14, 0x28, "MaxCalendarAgeFilter", "12.1+");  // spec table omits 16.1; MS-ASPROV keeps the element in 16.1
        t.tag(14, 0x29, "AllowHTMLEmail", "12.1+");
        t.tag(14, 0x2A, "MaxEmailAgeFilter", "12.1+");
        t.tag(14, 0x2B, "MaxEmailBodyTruncationSize", "12.1+");
        t.tag(14, 0x2C, "MaxEmailHTMLBodyTruncationSize", "12.1+");
        t.tag(14, 0x2D, "RequireSignedSMIMEMessages", "12.1+");
        t.tag(14, 0x2E, "RequireEncryptedSMIMEMessages", "12.1+");
        t.tag(14, 0x2F, "RequireSignedSMIMEAlgorithm", "12.1+");
        t.tag(14, 0x30, "RequireEncryptionSMIMEAlgorithm", "12.1+");
        t.tag(14, 0x31, "AllowSMIMEEncryptionAlgorithmNegotiation", "12.1+");
        t.tag(14, 0x32, "AllowSMIMESoftCerts", "12.1+");
        t.tag(14, 0x33, "AllowBrowser", "12.1+");
        t.tag(14, 0x34, "AllowConsumerEmail", "12.1+");
        t.tag(14, 0x35, "AllowRemoteDesktop", "12.1+");
        t.tag(14, 0x36, "AllowInternetSharing", "12.1+");
        t.tag(14, 0x37, "UnapprovedInROMApplicationList", "12.1+");
        t.tag(14, 0x38, "ApplicationName", "12.1+");
        t.tag(14, 0x39, "ApprovedApplicationList", "12.1+");
        t.tag(14, 0x3A, "Hash", "12.1+");
        t.tag(14, 0x3B, "AccountOnlyRemoteWipe", "16.1+");

        t.page(15, "Search", "search");
        t.tag(15, 0x05, "Search", "all");
        t.tag(15, 0x06, "Stores", "legacy");
        t.tag(15, 0x07, "Store", "all");
        t.tag(15, 0x08, "Name", "all");
        t.tag(15, 0x09, "Query", "all");
        t.tag(15, 0x0A, "Options", "all");
        t.tag(15, 0x0B, "Range", "all");
        t.tag(15, 0x0C, "Status", "all");
        t.tag(15, 0x0D, "Response", "all");
        t.tag(15, 0x0E, "Result", "all");
        t.tag(15, 0x0F, "Properties", "all");
        t.tag(15, 0x10, "Total", "all");
        t.tag(15, 0x11, "EqualTo", "12.0+");
        t.tag(15, 0x12, "Value", "12.0+");
        t.tag(15, 0x13, "And", "12.0+");
        t.tag(15, 0x14, "Or", "12.0+");
        t.tag(15, 0x15, "FreeText", "12.0+");
        t.tag(15, 0x16, "SEARCH_SUBSTRING_OP", "legacy");
        t.tag(15, 0x17, "DeepTraversal", "12.0+");
        t.tag(15, 0x18, "LongId", "12.0+");
        t.tag(15, 0x19, "RebuildResults", "12.0+");
        t.tag(15, 0x1A, "LessThan", "12.0+");
        t.tag(15, 0x1B, "GreaterThan", "12.0+");
        t.tag(15, 0x1C, "Schema", "legacy");
        t.tag(15, 0x1D, "Supported", "legacy");
        t.tag(15, 0x1E, "UserName", "12.1+");
        t.tag(15, 0x1F, "Password", "12.1+");
        t.tag(15, 0x20, "ConversationId", "14.0+");
        t.tag(15, 0x21, "Picture", "14.1+");
        t.tag(15, 0x22, "MaxSize", "14.1+");
        t.tag(15, 0x23, "MaxPictures", "14.1+");

        t.page(16, "GAL", "gal");
        t.tag(16, 0x05, "DisplayName", "all");
        t.tag(16, 0x06, "Phone", "all");
        t.tag(16, 0x07, "Office", "all");
        t.tag(16, 0x08, "Title", "all");
        t.tag(16, 0x09, "Company", "all");
        t.tag(16, 0x0A, "Alias", "all");
        t.tag(16, 0x0B, "FirstName", "all");
        t.tag(16, 0x0C, "LastName", "all");
        t.tag(16, 0x0D, "HomePhone", "all");
        t.tag(16, 0x0E, "MobilePhone", "all");
        t.tag(16, 0x0F, "EmailAddress", "all");
        t.tag(16, 0x10, "Picture", "14.1+");
        t.tag(16, 0x11, "Status", "14.1+");
        t.tag(16, 0x12, "Data", "14.1+");

        t.page(17, "AirSyncBase", "airsyncbase");
        t.tag(17, 0x05, "BodyPreference", "12.0+");
        t.tag(17, 0x06, "Type", "12.0+");
        t.tag(17, 0x07, "TruncationSize", "12.0+");
        t.tag(17, 0x08, "AllOrNone", "12.0+");
        t.tag(17, 0x0A, "Body", "12.0+");
        t.tag(17, 0x0B, "Data", "12.0+");
        t.tag(17, 0x0C, "EstimatedDataSize", "12.0+");
        t.tag(17, 0x0D, "Truncated", "12.0+");
        t.tag(17, 0x0E, "Attachments", "12.0+");
        t.tag(17, 0x0F, "Attachment", "12.0+");
        t.tag(17, 0x10, "DisplayName", "12.0+");
        t.tag(17, 0x11, "FileReference", "12.0+");
        t.tag(17, 0x12, "Method", "12.0+");
        t.tag(17, 0x13, "ContentId", "12.0+");
        t.tag(17, 0x14, "ContentLocation", "12.0+");
        t.tag(17, 0x15, "IsInline", "12.0+");
        t.tag(17, 0x16, "NativeBodyType", "12.0+");
        t.tag(17, 0x17, "ContentType", "12.0+");
        t.tag(17, 0x18, "Preview", "14.0+");
        t.tag(17, 0x19, "BodyPartPreference", "14.1+");
        t.tag(17, 0x1A, "BodyPart", "14.1+");
        t.tag(17, 0x1B, "Status", "14.1+");
        t.tag(17, 0x1C, "Add", "16.0+");
        t.tag(17, 0x1D, "Delete", "16.0+");
        t.tag(17, 0x1E, "ClientId", "16.0+");
        t.tag(17, 0x1F, "Content", "16.0+");
        t.tag(17, 0x20, "Location", "16.0+");
        t.tag(17, 0x21, "Annotation", "16.0+");
        t.tag(17, 0x22, "Street", "16.0+");
        t.tag(17, 0x23, "City", "16.0+");
        t.tag(17, 0x24, "State", "16.0+");
        t.tag(17, 0x25, "Country", "16.0+");
        t.tag(17, 0x26, "PostalCode", "16.0+");
        t.tag(17, 0x27, "Latitude", "16.0+");
        t.tag(17, 0x28, "Longitude", "16.0+");
        t.tag(17, 0x29, "Accuracy", "16.0+");
        t.tag(17, 0x2A, "Altitude", "16.0+");
        t.tag(17, 0x2B, "AltitudeAccuracy", "16.0+");
        t.tag(17, 0x2C, "LocationUri", "16.0+");
        t.tag(17, 0x2D, "InstanceId", "16.0+");

        t.page(18, "Settings", "settings");
        t.tag(18, 0x05, "Settings", "12.0+");
        t.tag(18, 0x06, "Status", "12.0+");
        t.tag(18, 0x07, "Get", "12.0+");
        t.tag(18, 0x08, "Set", "12.0+");
        t.tag(18, 0x09, "Oof", "12.0+");
        t.tag(18, 0x0A, "OofState", "12.0+");
        t.tag(18, 0x0B, "StartTime", "12.0+");
        t.tag(18, 0x0C, "EndTime", "12.0+");
        t.tag(18, 0x0D, "OofMessage", "12.0+");
        t.tag(18, 0x0E, "AppliesToInternal", "12.0+");
        t.tag(18, 0x0F, "AppliesToExternalKnown", "12.0+");
        t.tag(18, 0x10, "AppliesToExternalUnknown", "12.0+");
        t.tag(18, 0x11, "Enabled", "12.0+");
        t.tag(18, 0x12, "ReplyMessage", "12.0+");
        t.tag(18, 0x13, "BodyType", "12.0+");
        t.tag(18, 0x14, "DevicePassword", "12.0+");
        t.tag(18, 0x15, "Password", "12.0+");
        t.tag(18, 0x16, "DeviceInformation", "12.0+");
        t.tag(18, 0x17, "Model", "12.0+");
        t.tag(18, 0x18, "IMEI", "12.0+");
        t.tag(18, 0x19, "FriendlyName", "12.0+");
        t.tag(18, 0x1A, "OS", "12.0+");
        t.tag(18, 0x1B, "OSLanguage", "12.0+");
        t.tag(18, 0x1C, "PhoneNumber", "12.0+");
        t.tag(18, 0x1D, "UserInformation", "12.0+");
        t.tag(18, 0x1E, "EmailAddresses", "12.0+");
        t.tag(18, 0x1F, "SMTPAddress", "12.0+");
        t.tag(18, 0x20, "UserAgent", "12.1+");
        t.tag(18, 0x21, "EnableOutboundSMS", "14.0+");
        t.tag(18, 0x22, "MobileOperator", "14.0+");
        t.tag(18, 0x23, "PrimarySmtpAddress", "14.1+");
        t.tag(18, 0x24, "Accounts", "14.1+");
        t.tag(18, 0x25, "Account", "14.1+");
        t.tag(18, 0x26, "AccountId", "14.1+");
        t.tag(18, 0x27, "AccountName", "14.1+");
        t.tag(18, 0x28, "UserDisplayName", "14.1+");
        t.tag(18, 0x29, "SendDisabled", "14.1+");
        t.tag(18, 0x2B, "RightsManagementInformation", "14.1+");

        t.page(19, "DocumentLibrary", "documentlibrary");
        t.tag(19, 0x05, "LinkId", "12.0+");
        t.tag(19, 0x06, "DisplayName", "12.0+");
        t.tag(19, 0x07, "IsFolder", "12.0+");
        t.tag(19, 0x08, "CreationDate", "12.0+");
        t.tag(19, 0x09, "LastModifiedDate", "12.0+");
        t.tag(19, 0x0A, "IsHidden", "12.0+");
        t.tag(19, 0x0B, "ContentLength", "12.0+");
        t.tag(19, 0x0C, "ContentType", "12.0+");

        t.page(20, "ItemOperations", "itemoperations");
        t.tag(20, 0x05, "ItemOperations", "12.0+");
        t.tag(20, 0x06, "Fetch", "12.0+");
        t.tag(20, 0x07, "Store", "12.0+");
        t.tag(20, 0x08, "Options", "12.0+");
        t.tag(20, 0x09, "Range", "12.0+");
        t.tag(20, 0x0A, "Total", "12.0+");
        t.tag(20, 0x0B, "Properties", "12.0+");
        t.tag(20, 0x0C, "Data", "12.0+");
        t.tag(20, 0x0D, "Status", "12.0+");
        t.tag(20, 0x0E, "Response", "12.0+");
        t.tag(20, 0x0F, "Version", "12.0+");
        t.tag(20, 0x10, "Schema", "12.0+");
        t.tag(20, 0x11, "Part", "12.0+");
        t.tag(20, 0x12, "EmptyFolderContents", "12.0+");
        t.tag(20, 0x13, "DeleteSubFolders", "12.0+");
        t.tag(20, 0x14, "UserName", "12.1+");
        t.tag(20, 0x15, "Password", "12.1+");
        t.tag(20, 0x16, "Move", "14.0+");
        t.tag(20, 0x17, "DstFldId", "14.0+");
        t.tag(20, 0x18, "ConversationId", "14.0+");
        t.tag(20, 0x19, "MoveAlways", "14.0+");

        t.page(21, "ComposeMail", "composemail");
        t.tag(21, 0x05, "SendMail", "14.0+");
        t.tag(21, 0x06, "SmartForward", "14.0+");
        t.tag(21, 0x07, "SmartReply", "14.0+");
        t.tag(21, 0x08, "SaveInSentItems", "14.0+");
        t.tag(21, 0x09, "ReplaceMime", "14.0+");
        t.tag(21, 0x0A, "Type", "legacy");
        t.tag(21, 0x0B, "Source", "14.0+");
        t.tag(21, 0x0C, "FolderId", "14.0+");
        t.tag(21, 0x0D, "ItemId", "14.0+");
        t.tag(21, 0x0E, "LongId", "14.0+");
        t.tag(21, 0x0F, "InstanceId", "14.0+");
        t.tag(21, 0x10, "Mime", "14.0+");
        t.tag(21, 0x11, "ClientId", "14.0+");
        t.tag(21, 0x12, "Status", "14.0+");
        t.tag(21, 0x13, "AccountId", "14.1+");
        t.tag(21, 0x15, "Forwardees", "16.0+");
        t.tag(21, 0x16, "Forwardee", "16.0+");
        t.tag(21, 0x17, "ForwardeeName", "16.0+");  // spec table: Name; ComposeMail.xsd and MS-ASWBXML.cs: ForwardeeName
        t.tag(21, 0x18, "ForwardeeEmail", "16.0+");  // spec table: Email; ComposeMail.xsd and MS-ASWBXML.cs: ForwardeeEmail

        t.page(22, "Email2", "email2");
        t.tag(22, 0x05, "UmCallerID", "14.0+");
        t.tag(22, 0x06, "UmUserNotes", "14.0+");
        t.tag(22, 0x07, "UmAttDuration", "14.0+");
        t.tag(22, 0x08, "UmAttOrder", "14.0+");
        t.tag(22, 0x09, "ConversationId", "14.0+");
        t.tag(22, 0x0A, "ConversationIndex", "14.0+");
        t.tag(22, 0x0B, "LastVerbExecuted", "14.0+");
        t.tag(22, 0x0C, "LastVerbExecutionTime", "14.0+");
        t.tag(22, 0x0D, "ReceivedAsBcc", "14.0+");
        t.tag(22, 0x0E, "Sender", "14.0+");
        t.tag(22, 0x0F, "CalendarType", "14.0+");
        t.tag(22, 0x10, "IsLeapMonth", "14.0+");
        t.tag(22, 0x11, "AccountId", "14.1+");
        t.tag(22, 0x12, "FirstDayOfWeek", "14.1+");
        t.tag(22, 0x13, "MeetingMessageType", "14.1+");
        t.tag(22, 0x15, "IsDraft", "16.0+");
        t.tag(22, 0x16, "Bcc", "16.0+");
        t.tag(22, 0x17, "Send", "16.0+");

        t.page(23, "Notes", "notes");
        t.tag(23, 0x05, "Subject", "14.0+");
        t.tag(23, 0x06, "MessageClass", "14.0+");
        t.tag(23, 0x07, "LastModifiedDate", "14.0+");
        t.tag(23, 0x08, "Categories", "14.0+");
        t.tag(23, 0x09, "Category", "14.0+");

        t.page(24, "RightsManagement", "rm");
        t.tag(24, 0x05, "RightsManagementSupport", "14.1+");
        t.tag(24, 0x06, "RightsManagementTemplates", "14.1+");
        t.tag(24, 0x07, "RightsManagementTemplate", "14.1+");
        t.tag(24, 0x08, "RightsManagementLicense", "14.1+");
        t.tag(24, 0x09, "EditAllowed", "14.1+");
        t.tag(24, 0x0A, "ReplyAllowed", "14.1+");
        t.tag(24, 0x0B, "ReplyAllAllowed", "14.1+");
        t.tag(24, 0x0C, "ForwardAllowed", "14.1+");
        t.tag(24, 0x0D, "ModifyRecipientsAllowed", "14.1+");
        t.tag(24, 0x0E, "ExtractAllowed", "14.1+");
        t.tag(24, 0x0F, "PrintAllowed", "14.1+");
        t.tag(24, 0x10, "ExportAllowed", "14.1+");
        t.tag(24, 0x11, "ProgrammaticAccessAllowed", "14.1+");
        t.tag(24, 0x12, "Owner", "14.1+");
        t.tag(24, 0x13, "ContentExpiryDate", "14.1+");
        t.tag(24, 0x14, "TemplateID", "14.1+");
        t.tag(24, 0x15, "TemplateName", "14.1+");
        t.tag(24, 0x16, "TemplateDescription", "14.1+");
        t.tag(24, 0x17, "ContentOwner", "14.1+");
        t.tag(24, 0x18, "RemoveRightsManagementProtection", "14.1+");

        t.page(25, "Find", "find");
        t.tag(25, 0x05, "Find", "16.1+");
        t.tag(25, 0x06, "SearchId", "16.1+");
        t.tag(25, 0x07, "ExecuteSearch", "16.1+");
        t.tag(25, 0x08, "MailBoxSearchCriterion", "16.1+");
        t.tag(25, 0x09, "Query", "16.1+");
        t.tag(25, 0x0A, "Status", "16.1+");
        t.tag(25, 0x0B, "FreeText", "16.1+");
        t.tag(25, 0x0C, "Options", "16.1+");
        t.tag(25, 0x0D, "Range", "16.1+");
        t.tag(25, 0x0E, "DeepTraversal", "16.1+");
        t.tag(25, 0x11, "Response", "16.1+");
        t.tag(25, 0x12, "Result", "16.1+");
        t.tag(25, 0x13, "Properties", "16.1+");
        t.tag(25, 0x14, "Preview", "16.1+");
        t.tag(25, 0x15, "HasAttachments", "16.1+");
        t.tag(25, 0x16, "Total", "16.1+");
        t.tag(25, 0x17, "DisplayCc", "16.1+");
        t.tag(25, 0x18, "DisplayBcc", "16.1+");
        t.tag(25, 0x19, "GALSearchCriterion", "16.1+");  // spec table: GalSearchCriterion; MS-ASWBXML.cs: GALSearchCriterion
        t.tag(25, 0x20, "MaxPictures", "16.1+");
        t.tag(25, 0x21, "MaxSize", "16.1+");
        t.tag(25, 0x22, "Picture", "16.1+");
    }
}
