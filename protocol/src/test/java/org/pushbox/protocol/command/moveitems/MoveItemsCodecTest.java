package org.pushbox.protocol.command.moveitems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pushbox.protocol.command.CommonStatus;
import org.pushbox.protocol.command.Fixtures;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

class MoveItemsCodecTest {

    private static final ProtocolVersion V = ProtocolVersion.V14_1;

    @Test
    void decodesEveryMoveInOrder() throws Exception {
        MoveItemsRequest request = MoveItemsCodec.decodeRequest(Fixtures.parse("""
                <MoveItems xmlns="Move">
                <Move><SrcMsgId>5:1</SrcMsgId><SrcFldId>5</SrcFldId><DstFldId>9</DstFldId></Move>
                <Move><SrcMsgId>5:2</SrcMsgId><SrcFldId>5</SrcFldId><DstFldId>4</DstFldId></Move>
                </MoveItems>"""), V);

        assertThat(request.moves()).containsExactly(new MoveItemsRequest.Move("5:1", "5", "9"),
                new MoveItemsRequest.Move("5:2", "5", "4"));
        assertThat(MoveItemsCodec.decodeRequest(MoveItemsCodec.encodeRequest(request, V), V)).isEqualTo(request);
    }

    @Test
    void responsesRoundTripAndValidate(@TempDir Path dir) throws Exception {
        MoveItemsResponse response = new MoveItemsResponse(null, List.of(
                new MoveItemsResponse.Response("5:1", MoveItemsStatus.SUCCESS, "9:1"),
                new MoveItemsResponse.Response("5:2", MoveItemsStatus.INVALID_SOURCE, null)));
        WbxmlElement tree = MoveItemsCodec.encodeResponse(response, V);

        assertThat(tree).isEqualTo(Fixtures.parse("""
                <MoveItems xmlns="Move"><Response><SrcMsgId>5:1</SrcMsgId><Status>3</Status><DstMsgId>9:1</DstMsgId></Response>
                <Response><SrcMsgId>5:2</SrcMsgId><Status>1</Status></Response></MoveItems>"""));
        assertThat(MoveItemsCodec.decodeResponse(tree, V)).isEqualTo(response);
        Fixtures.assertValid(dir, List.of(tree, MoveItemsCodec.encodeResponse(
                new MoveItemsResponse(CommonStatus.INVALID_XML, List.of()), V)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<MoveItems xmlns=\"Move\"/>",
        "<MoveItems xmlns=\"Move\"><Move><SrcFldId>5</SrcFldId><DstFldId>9</DstFldId></Move></MoveItems>",
        "<MoveItems xmlns=\"Move\"><Move><SrcMsgId>5:1</SrcMsgId><DstFldId>9</DstFldId></Move></MoveItems>",
        "<MoveItems xmlns=\"Move\"><Move><SrcMsgId>5:1</SrcMsgId><SrcFldId>5</SrcFldId></Move></MoveItems>",
        "<MoveItems xmlns=\"Move\"><Move><SrcMsgId>5:1</SrcMsgId><SrcFldId>5</SrcFldId><DstFldId>9</DstFldId><DstFldId>4</DstFldId></Move></MoveItems>",
        "<MoveItems xmlns=\"Move\"><Response/></MoveItems>",
    })
    void malformedRequestsAreStatus103(String xml) {
        Fixtures.assertRefused(MoveItemsCodec::decodeRequest, xml, V, 103);
    }
}
