package org.pushbox.server.pim;

import java.util.Locale;
import org.pushbox.storage.api.EventProperty;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.ItemClass;

/** The four data classes that import and export handle, with their default folder and file format. */
public enum PimKind {
    CONTACTS(FolderType.CONTACTS, ItemClass.CONTACT, org.pushbox.protocol.command.ItemClass.CONTACTS, null),
    CALENDAR(FolderType.CALENDAR, ItemClass.EVENT, org.pushbox.protocol.command.ItemClass.CALENDAR, "VEVENT"),
    TASKS(FolderType.TASKS, ItemClass.TASK, org.pushbox.protocol.command.ItemClass.TASKS, "VTODO"),
    NOTES(FolderType.NOTES, ItemClass.NOTE, org.pushbox.protocol.command.ItemClass.NOTES, "VJOURNAL");

    private final FolderType defaultFolder;
    private final ItemClass storageClass;
    private final org.pushbox.protocol.command.ItemClass protocolClass;
    private final String component;

    PimKind(FolderType defaultFolder, ItemClass storageClass, org.pushbox.protocol.command.ItemClass protocolClass,
            String component) {
        this.defaultFolder = defaultFolder;
        this.storageClass = storageClass;
        this.protocolClass = protocolClass;
        this.component = component;
    }

    public FolderType defaultFolder() {
        return defaultFolder;
    }

    public ItemClass storageClass() {
        return storageClass;
    }

    public org.pushbox.protocol.command.ItemClass protocolClass() {
        return protocolClass;
    }

    /** The iCalendar component of the class; null for contacts (vCard). */
    public String component() {
        return component;
    }

    public boolean isVCard() {
        return component == null;
    }

    /** The property key the item's UID is kept under. */
    public String uidKey() {
        return this == CALENDAR ? EventProperty.UID.key() : PimKeys.SOURCE_UID;
    }

    /** The key of the kept vCard or iCalendar properties. */
    public String extraKey() {
        return isVCard() ? PimKeys.VCARD_EXTRA : PimKeys.ICALENDAR_EXTRA;
    }

    /** The MIME type of the file format. */
    public String mediaType() {
        return isVCard() ? "text/vcard; charset=utf-8" : "text/calendar; charset=utf-8";
    }

    /** {@code contacts}, {@code calendar}, ...: the word the CLI and the HTTP path use. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PimKind ofWord(String word) {
        for (PimKind k : values()) {
            if (k.word().equalsIgnoreCase(word)) {
                return k;
            }
        }
        throw new IllegalArgumentException("not contacts, calendar, tasks or notes: " + word);
    }
}
