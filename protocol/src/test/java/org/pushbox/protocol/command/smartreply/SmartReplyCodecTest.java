package org.pushbox.protocol.command.smartreply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pushbox.protocol.command.Bytes;
import org.pushbox.protocol.command.Fixtures;
import org.pushbox.protocol.command.sendmail.Source;
import org.pushbox.protocol.request.ProtocolVersion;

class SmartReplyCodecTest {

    private static final ProtocolVersion V = ProtocolVersion.V14_1;

    @Test
    void bothSourceFormsRoundTrip() throws Exception {
        for (Source source : new Source[] {new Source("5", "5:12", null, null),
            new Source(null, null, "RgAAAAD", "2025-04-08T18:16:00.000Z"), new Source(null, "7", null, null)}) {
            SmartReplyRequest request = new SmartReplyRequest("c-2", source, null, true, true, Bytes.utf8("body"), null);
            assertThat(SmartReplyCodec.decodeRequest(SmartReplyCodec.encodeRequest(request, V), V)).isEqualTo(request);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<ClientId>c</ClientId><Mime>x</Mime>",
        "<ClientId>c</ClientId><Source/><Mime>x</Mime>",
        "<ClientId>c</ClientId><Source><FolderId>5</FolderId></Source><Mime>x</Mime>",
        "<ClientId>c</ClientId><Source><FolderId>5</FolderId><ItemId>5:1</ItemId><LongId>L</LongId></Source><Mime>x</Mime>",
        "<ClientId>c</ClientId><Source><LongId>L</LongId></Source>",
    })
    void malformedRequestsAreStatus103(String children) {
        String xml = "<SmartReply xmlns=\"ComposeMail\">" + children + "</SmartReply>";
        Fixtures.assertRefused(SmartReplyCodec::decodeRequest, xml, V, 103);
    }
}
