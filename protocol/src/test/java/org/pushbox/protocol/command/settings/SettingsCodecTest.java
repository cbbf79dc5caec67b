package org.pushbox.protocol.command.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pushbox.protocol.command.CorpusExchange;
import org.pushbox.protocol.command.Fixtures;
import org.pushbox.protocol.command.settings.SettingsRequest.DeviceInformationSet;
import org.pushbox.protocol.command.settings.SettingsRequest.OofGet;
import org.pushbox.protocol.command.settings.SettingsRequest.OofSet;
import org.pushbox.protocol.command.settings.SettingsRequest.UserInformationGet;
import org.pushbox.protocol.command.settings.SettingsResponse.DeviceInformationResult;
import org.pushbox.protocol.command.settings.SettingsResponse.OofResult;
import org.pushbox.protocol.command.settings.SettingsResponse.RightsManagementInformationResult;
import org.pushbox.protocol.command.settings.SettingsResponse.UserInformationResult;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.w3c.dom.Document;

class SettingsCodecTest {

    static List<CorpusExchange> exchanges() {
        return CorpusExchange.of("Settings");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exchanges")
    void everyCorpusRequestDecodesWithItsDeviceInformation(CorpusExchange e) throws Exception {
        SettingsRequest request = SettingsCodec.decodeRequest(e.requestTree(), e.version());
        Document spec = e.requestSpec();

        DeviceInformation info = request.operations().stream().filter(DeviceInformationSet.class::isInstance)
                .map(o -> ((DeviceInformationSet) o).deviceInformation()).findFirst().orElseThrow();
        assertThat(info.model()).isEqualTo(CorpusExchange.first(spec, "Model"));
        assertThat(info.imei()).isEqualTo(CorpusExchange.first(spec, "IMEI"));
        assertThat(info.os()).isEqualTo(CorpusExchange.first(spec, "OS"));
        assertThat(info.osLanguage()).isEqualTo(CorpusExchange.first(spec, "OSLanguage"));
        assertThat(info.friendlyName()).isEqualTo(CorpusExchange.first(spec, "FriendlyName"));
        assertThat(info.phoneNumber()).isEqualTo(CorpusExchange.first(spec, "PhoneNumber"));
        assertThat(info.userAgent()).isEqualTo(CorpusExchange.first(spec, "UserAgent"));
        assertThat(request.operations().stream().anyMatch(UserInformationGet.class::isInstance))
                .isEqualTo(!CorpusExchange.texts(spec, "UserInformation").isEmpty());
    }

    @Test
    void newerDeviceInformationElementsFromAn12_1ClientAreKept() throws Exception {
        // The Nexus 4 capture sends 14.0's MobileOperator with 12.1 (Exchange 2010 refused it with Status 2).
        CorpusExchange nexus = exchanges().stream().filter(e -> e.name().endsWith("004-Settings")).findFirst()
                .orElseThrow();
        SettingsRequest request = SettingsCodec.decodeRequest(nexus.requestTree(), ProtocolVersion.V12_1);

        assertThat(((DeviceInformationSet) request.operations().get(0)).deviceInformation().mobileOperator())
                .isEqualTo(CorpusExchange.texts(nexus.requestSpec(), "MobileOperator").get(0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exchanges")
    void exchangeResponsesRoundTripByteForByte(CorpusExchange e) throws Exception {
        SettingsResponse decoded = SettingsCodec.decodeResponse(e.responseTree(), e.version());

        assertThat(SettingsCodec.encodeResponse(decoded, e.version())).isEqualTo(e.responseTree());
        assertThat(Wbxml.encode(SettingsCodec.encodeResponse(decoded, e.version()))).isEqualTo(e.responseBytes());
    }

    @Test
    void oofGetAndSetAndEveryOtherProperty() throws Exception {
        SettingsRequest request = SettingsCodec.decodeRequest(Fixtures.xml("settings-request-14.1.xml"),
                ProtocolVersion.V14_1);

        assertThat(request.operations()).hasSize(6);
        assertThat(request.operations().get(0)).isEqualTo(new OofGet(BodyType.HTML));
        OofSettings set = ((OofSet) request.operations().get(1)).settings();
        assertThat(set.state()).isEqualTo(OofState.TIME_BASED);
        assertThat(set.startTime()).isEqualTo(Instant.parse("2025-07-28T00:00:00Z"));
        assertThat(set.messages()).containsExactly(
                new OofMessage(OofMessage.Audience.INTERNAL, true, "Away", BodyType.TEXT),
                new OofMessage(OofMessage.Audience.EXTERNAL_UNKNOWN, false, null, null));
        assertThat(request.operations().get(4)).isEqualTo(new SettingsRequest.DevicePasswordSet("s3cret"));
        assertThat(request.operations().get(5)).isEqualTo(new SettingsRequest.RightsManagementInformationGet());
        assertThat(SettingsCodec.decodeRequest(SettingsCodec.encodeRequest(request, ProtocolVersion.V14_1),
                ProtocolVersion.V14_1)).isEqualTo(request);
    }

    private static SettingsResponse fullResponse() {
        OofSettings oof = new OofSettings(OofState.TIME_BASED, Instant.parse("2025-07-28T00:00:00Z"),
                Instant.parse("2025-08-08T00:00:00Z"),
                List.of(new OofMessage(OofMessage.Audience.INTERNAL, true, "Away", BodyType.TEXT)));
        UserInformation user = new UserInformation(List.of(new UserInformation.Account("1", "Jon", "Jon Kale", false,
                List.of("jon@example.net", "j.kale@example.net"), "jon@example.net")));
        return new SettingsResponse(SettingsStatus.SUCCESS, List.of(new OofResult(SettingsStatus.SUCCESS, oof),
                new DeviceInformationResult(SettingsStatus.SUCCESS), new UserInformationResult(SettingsStatus.SUCCESS, user),
                new SettingsResponse.DevicePasswordResult(SettingsStatus.DENIED_BY_POLICY),
                new RightsManagementInformationResult(SettingsStatus.SUCCESS,
                        List.of(new RightsManagementTemplate("t1", "Do not forward", "Recipients cannot forward")))));
    }

    @Test
    void userInformationHasTheAccountsFormFrom14_1AndTheAddressFormBefore() throws Exception {
        WbxmlElement v141 = SettingsCodec.encodeResponse(fullResponse(), ProtocolVersion.V14_1);
        WbxmlElement v140 = SettingsCodec.encodeResponse(fullResponse(), ProtocolVersion.V14_0);

        assertThat(SettingsCodec.decodeResponse(v141, ProtocolVersion.V14_1)).isEqualTo(fullResponse());
        UserInformation old = ((UserInformationResult) SettingsCodec.decodeResponse(v140, ProtocolVersion.V14_0)
                .results().get(2)).get();
        assertThat(old).isEqualTo(UserInformation.of(List.of("jon@example.net", "j.kale@example.net"), null));
        // RightsManagementInformation is 14.1+: a 14.0 client gets an empty property node, no templates.
        assertThat(v140.toString()).doesNotContain("RightsManagementTemplate>");
    }

    @Test
    void responsesValidate(@TempDir Path dir) throws Exception {
        List<WbxmlElement> ours = new ArrayList<>();
        for (CorpusExchange e : exchanges()) {
            ours.add(SettingsCodec.encodeResponse(SettingsCodec.decodeResponse(e.responseTree(), e.version()),
                    e.version()));
        }
        ours.add(SettingsCodec.encodeResponse(fullResponse(), ProtocolVersion.V14_1));
        ours.add(SettingsCodec.encodeResponse(fullResponse(), ProtocolVersion.V12_1));
        Fixtures.assertValid(dir, ours);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<Settings xmlns=\"Settings\"/>",
        "<Settings xmlns=\"Settings\"><Oof/></Settings>",
        "<Settings xmlns=\"Settings\"><Oof><Get/></Oof></Settings>",
        "<Settings xmlns=\"Settings\"><Oof><Get><BodyType>Text</BodyType></Get><Set/></Oof></Settings>",
        "<Settings xmlns=\"Settings\"><Oof><Set><OofState>3</OofState></Set></Oof></Settings>",
        "<Settings xmlns=\"Settings\"><Oof><Set><OofState>2</OofState><StartTime>2025-07-28T00:00:00.000Z</StartTime></Set></Oof></Settings>",
        "<Settings xmlns=\"Settings\"><Oof><Set><OofState>1</OofState><StartTime>tomorrow</StartTime></Set></Oof></Settings>",
        "<Settings xmlns=\"Settings\"><Oof><Set><OofMessage><Enabled>1</Enabled></OofMessage></Set></Oof></Settings>",
        "<Settings xmlns=\"Settings\"><Oof><Set><OofMessage><AppliesToInternal/><ReplyMessage>x</ReplyMessage></OofMessage></Set></Oof></Settings>",
        "<Settings xmlns=\"Settings\"><Oof><Set><OofMessage><AppliesToInternal/><Enabled>yes</Enabled></OofMessage></Set></Oof></Settings>",
        "<Settings xmlns=\"Settings\"><DeviceInformation><Model>x</Model></DeviceInformation></Settings>",
        "<Settings xmlns=\"Settings\"><DeviceInformation><Set><Status>1</Status></Set></DeviceInformation></Settings>",
        "<Settings xmlns=\"Settings\"><UserInformation/></Settings>",
        "<Settings xmlns=\"Settings\"><DevicePassword><Set/></DevicePassword></Settings>",
        "<Settings xmlns=\"Settings\"><Status>1</Status></Settings>",
    })
    void malformedRequestsAreStatus2(String xml) {
        Fixtures.assertRefused(SettingsCodec::decodeRequest, xml, ProtocolVersion.V14_1, SettingsStatus.PROTOCOL_ERROR);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<Settings xmlns=\"Settings\"><Oof><Get><BodyType>RTF</BodyType></Get></Oof></Settings>",
        "<Settings xmlns=\"Settings\"><DevicePassword><Set><Password>LONG</Password></Set></DevicePassword></Settings>",
    })
    void invalidArgumentsAreStatus5(String xml) {
        String request = xml.replace("LONG", "p".repeat(257));
        Fixtures.assertRefused(SettingsCodec::decodeRequest, request, ProtocolVersion.V14_1, SettingsStatus.INVALID_ARGUMENTS);
    }
}
