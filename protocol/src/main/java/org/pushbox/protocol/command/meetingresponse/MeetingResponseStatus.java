package org.pushbox.protocol.command.meetingresponse;

import org.pushbox.protocol.command.EasStatus;

/** MeetingResponse {@code Status} values ([MS-ASCMD] 2.2.3.177.8). */
public enum MeetingResponseStatus implements EasStatus {
    SUCCESS(1),
    /**
     * Invalid meeting request: a bad UserResponse, or the target is no meeting; also the codec's
     * status for structural faults.
     */
    INVALID_MEETING_REQUEST(2),
    MAILBOX_ERROR(3),
    SERVER_ERROR(4);

    private final int code;

    MeetingResponseStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }
}
