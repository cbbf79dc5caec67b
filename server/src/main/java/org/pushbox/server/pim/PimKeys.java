package org.pushbox.server.pim;

/**
 * Property-map keys that import and export add to an item beside its EAS properties. The sync mapping
 * only reads the keys of model fields, so devices never see these; a device's Change is a partial update
 * of the keys it sends, so these survive it (docs/import-export.md#what-devices-cannot-carry).
 */
public final class PimKeys {

    /** The vCard UID of a contact, and the iCalendar UID of a task or note (events keep theirs in uid). */
    public static final String SOURCE_UID = "sourceUid";
    /** A vCard 4.0 text holding the contact's properties that have no EAS field. */
    public static final String VCARD_EXTRA = "vcardExtra";
    /** iCalendar content lines of the component's properties and subcomponents that have no EAS field. */
    public static final String ICALENDAR_EXTRA = "icalendarExtra";

    private PimKeys() {
    }
}
