package org.pushbox.protocol.command.meetingresponse;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.pushbox.protocol.command.EasStatus;

/** A MeetingResponse response: one result per request, in order. */
public record MeetingResponseResponse(List<Result> results) {

    public MeetingResponseResponse {
        results = List.copyOf(results);
    }

    /**
     * @param requestId  echoed when the request named one, else {@code null}
     * @param calendarId the calendar item's ServerId after accept/tentative, else {@code null}
     * @param instanceId echoed (14.1+) when the request named an occurrence, else {@code null}
     */
    public record Result(String requestId, EasStatus status, String calendarId, Instant instanceId) {
        public Result {
            Objects.requireNonNull(status, "status");
        }
    }
}
