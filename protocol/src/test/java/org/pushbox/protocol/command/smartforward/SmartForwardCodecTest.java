package org.pushbox.protocol.command.smartforward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pushbox.protocol.command.Bytes;
import org.pushbox.protocol.command.Fixtures;
import org.pushbox.protocol.command.sendmail.Source;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

class SmartForwardCodecTest {

    @Test
    void forwardeesAndBodyOf16_0() throws Exception {
        SmartForwardRequest request = SmartForwardCodec.decodeRequest(Fixtures.parse("""
                <SmartForward xmlns="ComposeMail" xmlns:airsyncbase="AirSyncBase">
                <ClientId>c-3</ClientId><Source><FolderId>8</FolderId><ItemId>8:3</ItemId></Source>
                <SaveInSentItems/><Mime>x</Mime>
                <airsyncbase:Body><airsyncbase:Type>1</airsyncbase:Type>
                <airsyncbase:Data>FYI</airsyncbase:Data></airsyncbase:Body>
                <Forwardees><Forwardee><ForwardeeName>Ann</ForwardeeName>
                <ForwardeeEmail>ann@example.net</ForwardeeEmail></Forwardee>
                <Forwardee><ForwardeeEmail>bob@example.net</ForwardeeEmail></Forwardee></Forwardees>
                </SmartForward>"""), ProtocolVersion.V16_0);

        assertThat(request.forwardees()).containsExactly(new SmartForwardRequest.Forwardee("Ann", "ann@example.net"),
                new SmartForwardRequest.Forwardee(null, "bob@example.net"));
        assertThat(request.body().children()).hasSize(2);
        assertThat(request.source()).isEqualTo(new Source("8", "8:3", null, null));
        assertThat(SmartForwardCodec.decodeRequest(SmartForwardCodec.encodeRequest(request, ProtocolVersion.V16_0),
                ProtocolVersion.V16_0)).isEqualTo(request);
    }

    @Test
    void forwardeesAreNotSentBefore16_0() {
        SmartForwardRequest request = new SmartForwardRequest("c", new Source(null, null, "L", null), null, false, false,
                Bytes.utf8("x"), null, null, List.of(new SmartForwardRequest.Forwardee(null, "a@example.net")));
        WbxmlElement v141 = SmartForwardCodec.encodeRequest(request, ProtocolVersion.V14_1);
        assertThat(v141.toString()).doesNotContain("Forwardee");
    }

    @Test
    void aForwardeeWithoutAddressIsStatus103() {
        Fixtures.assertRefused(SmartForwardCodec::decodeRequest, """
                <SmartForward xmlns="ComposeMail"><ClientId>c</ClientId><Source><LongId>L</LongId></Source><Mime>x</Mime>
                <Forwardees><Forwardee><ForwardeeName>Ann</ForwardeeName></Forwardee></Forwardees>
                </SmartForward>""", ProtocolVersion.V16_1, 103);
    }
}
