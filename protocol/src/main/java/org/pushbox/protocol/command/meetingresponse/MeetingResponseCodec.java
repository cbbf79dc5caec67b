package org.pushbox.protocol.command.meetingresponse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.CommonStatus;
import org.pushbox.protocol.command.EasStatus;
import org.pushbox.protocol.command.ElementBuilder;
import org.pushbox.protocol.command.ElementReader;
import org.pushbox.protocol.command.meetingresponse.MeetingResponseRequest.Request;
import org.pushbox.protocol.command.meetingresponse.MeetingResponseRequest.SendResponse;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

/** MeetingResponse ([MS-ASCMD] 2.2.1.11). */
public final class MeetingResponseCodec {

    /** [MS-ASCMD] 3.2.5.x: more than 100 Request elements is Status 103. */
    public static final int MAX_REQUESTS = 100;

    private static final Tag MEETING_RESPONSE = tag("MeetingResponse");
    private static final Tag REQUEST = tag("Request");
    private static final Tag USER_RESPONSE = tag("UserResponse");
    private static final Tag COLLECTION_ID = tag("CollectionId");
    private static final Tag REQUEST_ID = tag("RequestId");
    private static final Tag INSTANCE_ID = tag("InstanceId");
    private static final Tag SEND_RESPONSE = tag("SendResponse");
    private static final Tag PROPOSED_START_TIME = tag("ProposedStartTime");
    private static final Tag PROPOSED_END_TIME = tag("ProposedEndTime");
    private static final Tag RESULT = tag("Result");
    private static final Tag STATUS = tag("Status");
    private static final Tag CALENDAR_ID = tag("CalendarId");
    private static final Tag LONG_ID = CodePages.require("Search", "LongId");
    private static final Tag BODY = CodePages.require("AirSyncBase", "Body");
    private static final EasStatus BAD = MeetingResponseStatus.INVALID_MEETING_REQUEST;

    private MeetingResponseCodec() {
    }

    private static Tag tag(String name) {
        return CodePages.require("MeetingResponse", name);
    }

    /**
     * Faults give Status 2 (no Request, a UserResponse outside 1-3, not exactly one of
     * CollectionId+RequestId and LongId, a bad proposed time), common 104 for an InstanceId that is
     * not a dateTime, common 103 for more than {@value #MAX_REQUESTS} requests.
     */
    public static MeetingResponseRequest decodeRequest(WbxmlElement root, ProtocolVersion version)
            throws CommandException {
        ElementReader r = ElementReader.root(root, MEETING_RESPONSE, BAD, REQUEST);
        List<Request> requests = new ArrayList<>();
        for (ElementReader q : r.containers(REQUEST, USER_RESPONSE, COLLECTION_ID, REQUEST_ID, LONG_ID, INSTANCE_ID,
                SEND_RESPONSE)) {
            requests.add(request(q));
        }
        if (requests.isEmpty()) {
            throw r.fault("no Request");
        }
        if (requests.size() > MAX_REQUESTS) {
            throw new CommandException(CommonStatus.INVALID_XML, requests.size() + " requests, more than " + MAX_REQUESTS);
        }
        return new MeetingResponseRequest(requests);
    }

    private static Request request(ElementReader q) throws CommandException {
        UserResponse answer = UserResponse.values()[q.requiredInteger(USER_RESPONSE, 1, 3) - 1];
        String collectionId = q.text(COLLECTION_ID);
        String requestId = q.text(REQUEST_ID);
        String longId = q.text(LONG_ID);
        if ((collectionId != null) != (requestId != null) || (requestId != null) == (longId != null)) {
            throw q.fault("needs CollectionId with RequestId, or LongId");
        }
        Instant instance = null;
        if (q.optional(INSTANCE_ID) != null) {
            try {
                instance = q.dateTime(INSTANCE_ID);
            } catch (CommandException e) {
                // [MS-ASCMD] 2.2.3.87.2: a malformed InstanceId is InvalidDateTime.
                throw new CommandException(CommonStatus.INVALID_DATE_TIME, e.getMessage());
            }
        }
        ElementReader send = q.optionalContainer(SEND_RESPONSE, BODY, PROPOSED_START_TIME, PROPOSED_END_TIME);
        SendResponse sendResponse = send == null ? null : new SendResponse(send.optional(BODY),
                send.compactDateTime(PROPOSED_START_TIME), send.compactDateTime(PROPOSED_END_TIME));
        return new Request(answer, collectionId, requestId, longId, instance, sendResponse);
    }

    public static WbxmlElement encodeResponse(MeetingResponseResponse response, ProtocolVersion version) {
        ElementBuilder b = ElementBuilder.of(MEETING_RESPONSE, version);
        response.results().forEach(r -> b.child(RESULT, e -> e.text(REQUEST_ID, r.requestId()).status(STATUS, r.status())
                .text(CALENDAR_ID, r.calendarId()).dateTime(INSTANCE_ID, r.instanceId())));
        return b.build();
    }

    public static WbxmlElement encodeRequest(MeetingResponseRequest request, ProtocolVersion version) {
        ElementBuilder b = ElementBuilder.of(MEETING_RESPONSE, version);
        request.requests().forEach(q -> b.child(REQUEST, e -> {
            e.integer(USER_RESPONSE, q.userResponse().code()).text(COLLECTION_ID, q.collectionId())
                    .text(REQUEST_ID, q.requestId()).text(LONG_ID, q.longId()).dateTime(INSTANCE_ID, q.instanceId());
            SendResponse s = q.sendResponse();
            if (s != null) {
                e.child(SEND_RESPONSE, x -> x.add(s.body()).compactDateTime(PROPOSED_START_TIME, s.proposedStartTime())
                        .compactDateTime(PROPOSED_END_TIME, s.proposedEndTime()));
            }
        }));
        return b.build();
    }

    public static MeetingResponseResponse decodeResponse(WbxmlElement root, ProtocolVersion version)
            throws CommandException {
        ElementReader r = ElementReader.root(root, MEETING_RESPONSE, BAD, RESULT);
        List<MeetingResponseResponse.Result> results = new ArrayList<>();
        for (ElementReader e : r.containers(RESULT, REQUEST_ID, STATUS, CALENDAR_ID, INSTANCE_ID)) {
            results.add(new MeetingResponseResponse.Result(e.text(REQUEST_ID),
                    e.requiredStatus(STATUS, MeetingResponseStatus.values()), e.text(CALENDAR_ID),
                    e.dateTime(INSTANCE_ID)));
        }
        return new MeetingResponseResponse(results);
    }
}
