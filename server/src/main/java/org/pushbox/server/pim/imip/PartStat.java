package org.pushbox.server.pim.imip;

import java.util.Locale;

/**
 * An attendee's participation status: the iCalendar PARTSTAT value ([RFC 5545] 3.2.12) and the EAS
 * numbers it maps to, calendar:AttendeeStatus and calendar:ResponseType ([MS-ASCAL] 2.2.2.5, 2.2.2.37).
 */
public enum PartStat {
    NEEDS_ACTION("NEEDS-ACTION", 5, 5),
    ACCEPTED("ACCEPTED", 3, 3),
    TENTATIVE("TENTATIVE", 2, 2),
    DECLINED("DECLINED", 4, 4),
    /** DELEGATED and values pushbox does not know: AttendeeStatus 0 (response unknown). */
    OTHER("NEEDS-ACTION", 0, 0);

    private final String ical;
    private final int attendeeStatus;
    private final int responseType;

    PartStat(String ical, int attendeeStatus, int responseType) {
        this.ical = ical;
        this.attendeeStatus = attendeeStatus;
        this.responseType = responseType;
    }

    /** An absent PARTSTAT means NEEDS-ACTION ([RFC 5545] 3.2.12). */
    public static PartStat of(String value) {
        if (value == null) {
            return NEEDS_ACTION;
        }
        for (PartStat p : values()) {
            if (p != OTHER && p.ical.equals(value.trim().toUpperCase(Locale.ROOT))) {
                return p;
            }
        }
        return OTHER;
    }

    public String ical() {
        return ical;
    }

    public int attendeeStatus() {
        return attendeeStatus;
    }

    public int responseType() {
        return responseType;
    }
}
