package org.pushbox.protocol.command;

/**
 * The item classes of AirSync {@code Class}, Ping {@code Class} and GetItemEstimate {@code Class}
 * ([MS-ASCMD] 2.2.3.27); Notes and SMS are 14.0+.
 */
public enum ItemClass {
    EMAIL("Email"),
    CALENDAR("Calendar"),
    CONTACTS("Contacts"),
    TASKS("Tasks"),
    NOTES("Notes"),
    SMS("SMS");

    private final String wire;

    ItemClass(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** The class for an exact wire value, or {@code null}. */
    public static ItemClass fromWire(String value) {
        for (ItemClass c : values()) {
            if (c.wire.equals(value)) {
                return c;
            }
        }
        return null;
    }
}
