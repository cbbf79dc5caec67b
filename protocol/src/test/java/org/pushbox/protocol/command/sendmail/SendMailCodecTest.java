package org.pushbox.protocol.command.sendmail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pushbox.protocol.command.Bytes;
import org.pushbox.protocol.command.CommonStatus;
import org.pushbox.protocol.command.Fixtures;
import org.pushbox.protocol.command.smartforward.SmartForwardCodec;
import org.pushbox.protocol.command.smartreply.SmartReplyCodec;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

class SendMailCodecTest {

    private static final ProtocolVersion V = ProtocolVersion.V14_1;
    static final String MIME = "From: a@example.net\r\nTo: b@example.net\r\nSubject: Hi\r\n\r\nHello\r\n";

    @Test
    void mimeIsAcceptedAsOpaqueOrAsAString() throws Exception {
        SendMailRequest expected = new SendMailRequest("c-1", "acc", true, Bytes.utf8(MIME), null);
        WbxmlElement opaque = SendMailCodec.encodeRequest(expected, V);
        WbxmlElement text = Fixtures.parse("<SendMail xmlns=\"ComposeMail\"><ClientId>c-1</ClientId>"
                + "<AccountId>acc</AccountId><SaveInSentItems/><Mime>" + MIME.replace("\r\n", "&#13;&#10;")
                + "</Mime></SendMail>");

        assertThat(opaque.child(ComposeMail.MIME).isOpaque()).isTrue();
        assertThat(SendMailCodec.decodeRequest(opaque, V)).isEqualTo(expected);
        assertThat(SendMailCodec.decodeRequest(text, V)).isEqualTo(expected);
    }

    @Test
    void failureResponsesValidateForAllThreeCommands(@TempDir Path dir) throws Exception {
        ComposeMailResponse duplicate = new ComposeMailResponse(CommonStatus.MESSAGE_PREVIOUSLY_SENT);
        WbxmlElement send = SendMailCodec.encodeResponse(duplicate, V);

        assertThat(send).isEqualTo(Fixtures.parse("<SendMail xmlns=\"ComposeMail\"><Status>118</Status></SendMail>"));
        assertThat(SendMailCodec.decodeResponse(send, V)).isEqualTo(duplicate);
        assertThat(SendMailCodec.decodeResponse(SendMailCodec.encodeResponse(
                new ComposeMailResponse(ComposeMail.Success.SUCCESS), V), V).status().code()).isEqualTo(1);
        Fixtures.assertValid(dir, List.of(send,
                SmartReplyCodec.encodeResponse(new ComposeMailResponse(CommonStatus.ITEM_NOT_FOUND), V),
                SmartForwardCodec.encodeResponse(new ComposeMailResponse(CommonStatus.INVALID_SMART_FORWARD_PARAMETERS),
                        ProtocolVersion.V16_1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<Mime>x</Mime>",
        "<ClientId>c</ClientId>",
        "<ClientId></ClientId><Mime>x</Mime>",
        "<ClientId>12345678901234567890123456789012345678901</ClientId><Mime>x</Mime>",
        "<ClientId>c</ClientId><Mime>x</Mime><Mime>y</Mime>",
        "<ClientId>c</ClientId><Mime>x</Mime><Source><LongId>1</LongId></Source>",
    })
    void malformedRequestsAreStatus103(String children) {
        String xml = "<SendMail xmlns=\"ComposeMail\">" + children + "</SendMail>";
        Fixtures.assertRefused(SendMailCodec::decodeRequest, xml, V, 103);
    }
}
