package org.pushbox.protocol.command.meetingresponse;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.pushbox.protocol.wbxml.WbxmlElement;

/** A MeetingResponse request: answers to meeting requests, in order. */
public record MeetingResponseRequest(List<Request> requests) {

    public MeetingResponseRequest {
        requests = List.copyOf(requests);
    }

    /**
     * One answer to the meeting request {@code requestId} in folder {@code collectionId}, or to the
     * Search result {@code longId}.
     *
     * @param instanceId   14.1+: the start of the one occurrence answered, or {@code null} for the series
     * @param sendResponse 16.0+: the server sends the reply mail, or {@code null} (the client sends it)
     */
    public record Request(UserResponse userResponse, String collectionId, String requestId, String longId,
            Instant instanceId, SendResponse sendResponse) {
        public Request {
            Objects.requireNonNull(userResponse, "userResponse");
        }
    }

    /**
     * 16.0+ {@code SendResponse}: an optional {@code airsyncbase:Body} subtree for the reply, and
     * (16.1) a proposed new time.
     */
    public record SendResponse(WbxmlElement body, Instant proposedStartTime, Instant proposedEndTime) {
    }
}
