package org.pushbox.protocol.command.meetingresponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pushbox.protocol.command.Fixtures;
import org.pushbox.protocol.command.meetingresponse.MeetingResponseRequest.Request;
import org.pushbox.protocol.command.meetingresponse.MeetingResponseRequest.SendResponse;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

class MeetingResponseCodecTest {

    private static final ProtocolVersion V = ProtocolVersion.V16_1;

    @Test
    void decodesBothTargetFormsInstanceAndProposal() throws Exception {
        MeetingResponseRequest request = MeetingResponseCodec.decodeRequest(Fixtures.parse("""
                <MeetingResponse xmlns="MeetingResponse" xmlns:search="Search" xmlns:airsyncbase="AirSyncBase">
                <Request><UserResponse>1</UserResponse><CollectionId>5</CollectionId><RequestId>5:9</RequestId></Request>
                <Request><UserResponse>2</UserResponse><search:LongId>RgA</search:LongId>
                <InstanceId>2010-04-08T18:16:00.000Z</InstanceId>
                <SendResponse><airsyncbase:Body><airsyncbase:Type>1</airsyncbase:Type></airsyncbase:Body>
                <ProposedStartTime>20100408T190000Z</ProposedStartTime><ProposedEndTime>20100408T200000Z</ProposedEndTime>
                </SendResponse></Request></MeetingResponse>"""), V);

        assertThat(request.requests().get(0)).isEqualTo(new Request(UserResponse.ACCEPTED, "5", "5:9", null, null, null));
        Request second = request.requests().get(1);
        assertThat(second.userResponse()).isEqualTo(UserResponse.TENTATIVE);
        assertThat(second.instanceId()).isEqualTo(Instant.parse("2010-04-08T18:16:00Z"));
        SendResponse send = second.sendResponse();
        assertThat(send.proposedStartTime()).isEqualTo(Instant.parse("2010-04-08T19:00:00Z"));
        assertThat(send.proposedEndTime()).isEqualTo(Instant.parse("2010-04-08T20:00:00Z"));
        assertThat(MeetingResponseCodec.decodeRequest(MeetingResponseCodec.encodeRequest(request, V), V))
                .isEqualTo(request);
    }

    @Test
    void responsesRoundTripAndValidate(@TempDir Path dir) throws Exception {
        MeetingResponseResponse response = new MeetingResponseResponse(List.of(
                new MeetingResponseResponse.Result("5:9", MeetingResponseStatus.SUCCESS, "8:31", null),
                new MeetingResponseResponse.Result(null, MeetingResponseStatus.INVALID_MEETING_REQUEST, null,
                        Instant.parse("2010-04-08T18:16:00Z"))));
        WbxmlElement tree = MeetingResponseCodec.encodeResponse(response, V);

        assertThat(MeetingResponseCodec.decodeResponse(tree, V)).isEqualTo(response);
        Fixtures.assertValid(dir, List.of(tree, MeetingResponseCodec.encodeResponse(response, ProtocolVersion.V12_1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "<Request><CollectionId>5</CollectionId><RequestId>5:9</RequestId></Request>",
        "<Request><UserResponse>4</UserResponse><CollectionId>5</CollectionId><RequestId>5:9</RequestId></Request>",
        "<Request><UserResponse>1</UserResponse><CollectionId>5</CollectionId></Request>",
        "<Request><UserResponse>1</UserResponse><RequestId>5:9</RequestId></Request>",
        "<Request><UserResponse>1</UserResponse><CollectionId>5</CollectionId><RequestId>5:9</RequestId><search:LongId>L</search:LongId></Request>",
        "<Request><UserResponse>1</UserResponse><search:LongId>L</search:LongId><SendResponse><ProposedStartTime>tomorrow</ProposedStartTime></SendResponse></Request>",
    })
    void malformedRequestsAreStatus2(String children) {
        String xml = "<MeetingResponse xmlns=\"MeetingResponse\" xmlns:search=\"Search\">" + children + "</MeetingResponse>";
        Fixtures.assertRefused(MeetingResponseCodec::decodeRequest, xml, V, 2);
    }

    @Test
    void aBadInstanceIdIs104AndTooManyRequests103() {
        String bad = "<MeetingResponse xmlns=\"MeetingResponse\" xmlns:search=\"Search\"><Request><UserResponse>1</UserResponse>"
                + "<search:LongId>L</search:LongId><InstanceId>20100408T181600Z</InstanceId></Request></MeetingResponse>";
        Fixtures.assertRefused(MeetingResponseCodec::decodeRequest, bad, V, 104);
        String many = "<MeetingResponse xmlns=\"MeetingResponse\" xmlns:search=\"Search\">"
                + "<Request><UserResponse>3</UserResponse><search:LongId>L</search:LongId></Request>".repeat(101)
                + "</MeetingResponse>";
        Fixtures.assertRefused(MeetingResponseCodec::decodeRequest, many, V, 103);
    }
}
