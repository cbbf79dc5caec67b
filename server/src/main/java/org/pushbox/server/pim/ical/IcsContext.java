package org.pushbox.server.pim.ical;

import java.time.ZoneId;

/**
 * What mapping a component needs beyond the component: the file's zones, the zone of floating times and
 * all-day dates (X-WR-TIMEZONE of the file, else the import's zone), and the account's address (to tell a
 * meeting the account organises from one it was invited to).
 */
public record IcsContext(ZoneResolver zones, ZoneId floating, String ownerAddress) {
}
