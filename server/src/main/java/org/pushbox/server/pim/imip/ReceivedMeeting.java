package org.pushbox.server.pim.imip;

import org.pushbox.storage.api.EventProperty;
import org.pushbox.storage.api.ItemClass;
import org.pushbox.storage.api.ItemContent;
import org.pushbox.storage.api.PropertyMap;

/** A meeting in an attendee's calendar, as MeetingResponse needs it. */
public final class ReceivedMeeting {

    private ReceivedMeeting() {
    }

    /** Whether the event is a meeting someone else organizes and has not cancelled (MeetingStatus 3 or 11). */
    public static boolean isReceived(PropertyMap event) {
        Long status = event.integer(EventProperty.MEETING_STATUS);
        return status != null && (status == MeetingContent.RECEIVED || status == MeetingContent.RECEIVED + 8);
    }

    /** The calendar item for an invitation whose item is gone (the user deleted it before answering). */
    public static ItemContent calendarItem(ItipMessage invitation) {
        return ItemContent.of(ItemClass.EVENT, MeetingContent.event(invitation, null, true));
    }
}
