package org.pushbox.protocol.command.meetingresponse;

/** The attendee's answer ({@code UserResponse} 1-3). */
public enum UserResponse {
    ACCEPTED(1),
    TENTATIVE(2),
    DECLINED(3);

    private final int code;

    UserResponse(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
