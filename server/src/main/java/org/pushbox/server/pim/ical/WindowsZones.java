package org.pushbox.server.pim.ical;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Windows time-zone names Outlook and Exchange write as TZID, with the IANA zone CLDR's windowsZones
 * table gives each for the world ("001") territory. Only the common ones; an unknown name falls back to
 * the calendar's VTIMEZONE definition.
 */
final class WindowsZones {

    private static final Map<String, String> ZONES = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private static final List<ZoneId> ORDER;

    static {
        String[][] table = {
            {"Dateline Standard Time", "Etc/GMT+12"},
            {"UTC-11", "Etc/GMT+11"},
            {"Hawaiian Standard Time", "Pacific/Honolulu"},
            {"Alaskan Standard Time", "America/Anchorage"},
            {"Pacific Standard Time", "America/Los_Angeles"},
            {"US Mountain Standard Time", "America/Phoenix"},
            {"Mountain Standard Time", "America/Denver"},
            {"Central America Standard Time", "America/Guatemala"},
            {"Central Standard Time", "America/Chicago"},
            {"Central Standard Time (Mexico)", "America/Mexico_City"},
            {"Canada Central Standard Time", "America/Regina"},
            {"SA Pacific Standard Time", "America/Bogota"},
            {"Eastern Standard Time", "America/New_York"},
            {"US Eastern Standard Time", "America/Indiana/Indianapolis"},
            {"Atlantic Standard Time", "America/Halifax"},
            {"Newfoundland Standard Time", "America/St_Johns"},
            {"E. South America Standard Time", "America/Sao_Paulo"},
            {"Argentina Standard Time", "America/Argentina/Buenos_Aires"},
            {"UTC", "Etc/UTC"},
            {"GMT Standard Time", "Europe/London"},
            {"Greenwich Standard Time", "Atlantic/Reykjavik"},
            {"W. Europe Standard Time", "Europe/Berlin"},
            {"Central Europe Standard Time", "Europe/Budapest"},
            {"Romance Standard Time", "Europe/Paris"},
            {"Central European Standard Time", "Europe/Warsaw"},
            {"W. Central Africa Standard Time", "Africa/Lagos"},
            {"GTB Standard Time", "Europe/Bucharest"},
            {"E. Europe Standard Time", "Europe/Chisinau"},
            {"FLE Standard Time", "Europe/Kiev"},
            {"Egypt Standard Time", "Africa/Cairo"},
            {"South Africa Standard Time", "Africa/Johannesburg"},
            {"Israel Standard Time", "Asia/Jerusalem"},
            {"Turkey Standard Time", "Europe/Istanbul"},
            {"Russian Standard Time", "Europe/Moscow"},
            {"Arab Standard Time", "Asia/Riyadh"},
            {"Arabian Standard Time", "Asia/Dubai"},
            {"Iran Standard Time", "Asia/Tehran"},
            {"Pakistan Standard Time", "Asia/Karachi"},
            {"India Standard Time", "Asia/Kolkata"},
            {"Nepal Standard Time", "Asia/Kathmandu"},
            {"Bangladesh Standard Time", "Asia/Dhaka"},
            {"SE Asia Standard Time", "Asia/Bangkok"},
            {"China Standard Time", "Asia/Shanghai"},
            {"Singapore Standard Time", "Asia/Singapore"},
            {"Taipei Standard Time", "Asia/Taipei"},
            {"W. Australia Standard Time", "Australia/Perth"},
            {"Tokyo Standard Time", "Asia/Tokyo"},
            {"Korea Standard Time", "Asia/Seoul"},
            {"Cen. Australia Standard Time", "Australia/Adelaide"},
            {"AUS Central Standard Time", "Australia/Darwin"},
            {"E. Australia Standard Time", "Australia/Brisbane"},
            {"AUS Eastern Standard Time", "Australia/Sydney"},
            {"Tasmania Standard Time", "Australia/Hobart"},
            {"New Zealand Standard Time", "Pacific/Auckland"},
            {"Tonga Standard Time", "Pacific/Tongatapu"},
        };
        List<ZoneId> order = new ArrayList<>();
        for (String[] row : table) {
            ZONES.put(row[0], row[1]);
            order.add(ZoneId.of(row[1]));
        }
        ORDER = List.copyOf(order);
    }

    private WindowsZones() {
    }

    /** The IANA zone of a Windows zone name, or null. */
    static ZoneId zone(String windowsName) {
        String id = ZONES.get(windowsName.trim());
        return id == null ? null : ZoneId.of(id);
    }

    /** The IANA zones of the table, in table order: candidates when a VTIMEZONE has to be matched by its rules. */
    static List<ZoneId> all() {
        return ORDER;
    }
}
