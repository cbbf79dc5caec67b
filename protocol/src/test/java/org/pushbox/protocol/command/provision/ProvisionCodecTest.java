package org.pushbox.protocol.command.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pushbox.protocol.command.CommonStatus;
import org.pushbox.protocol.command.CorpusExchange;
import org.pushbox.protocol.command.Fixtures;
import org.pushbox.protocol.command.provision.ProvisionRequest.Phase;
import org.pushbox.protocol.command.settings.SettingsStatus;
import org.pushbox.protocol.command.sync.FilterType;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.w3c.dom.Document;

class ProvisionCodecTest {

    static List<CorpusExchange> exchanges() {
        return CorpusExchange.of("Provision");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exchanges")
    void everyCorpusRequestDecodesIntoItsPhase(CorpusExchange e) throws Exception {
        ProvisionRequest request = ProvisionCodec.decodeRequest(e.requestTree(), e.version());
        Document spec = e.requestSpec();

        assertThat(request.policy().policyType()).isEqualTo(ProvisionCodec.WBXML_POLICY_TYPE);
        List<String> keys = CorpusExchange.texts(spec, "PolicyKey");
        if (keys.isEmpty()) {
            assertThat(request.phase()).isEqualTo(Phase.POLICY_REQUEST);
            assertThat(request.policy().policyKey()).isNull();
        } else {
            assertThat(request.phase()).isEqualTo(Phase.POLICY_ACKNOWLEDGEMENT);
            assertThat(request.policy().policyKey()).isEqualTo(keys.get(0));
            assertThat(request.policy().status().code())
                    .isEqualTo(Integer.parseInt(CorpusExchange.texts(spec, "Status").get(0)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exchanges")
    void exchangeResponsesRoundTripByteForByte(CorpusExchange e) throws Exception {
        ProvisionResponse decoded = ProvisionCodec.decodeResponse(e.responseTree(), e.version());

        assertThat(ProvisionCodec.encodeResponse(decoded, e.version())).isEqualTo(e.responseTree());
        assertThat(Wbxml.encode(ProvisionCodec.encodeResponse(decoded, e.version()))).isEqualTo(e.responseBytes());
        assertThat(decoded.policy().policyKey()).isEqualTo(CorpusExchange.texts(e.responseSpec(), "PolicyKey").get(0));
    }

    @Test
    void theNoPolicyDefaultIsExchangesDefaultPolicy() throws Exception {
        for (CorpusExchange e : exchanges()) {
            ProvisionPolicy data = ProvisionCodec.decodeResponse(e.responseTree(), e.version()).policy().data();
            if (data != null) {
                assertThat(data).isEqualTo(ProvisionPolicy.NONE);
            }
        }
    }

    @Test
    void everyPolicyFieldSurvivesARoundTrip() throws Exception {
        ProvisionPolicy strict = ProvisionPolicy.builder().devicePasswordEnabled(true)
                .alphanumericDevicePasswordRequired(true).minDevicePasswordLength(8).maxInactivityTimeDeviceLock(300)
                .maxDevicePasswordFailedAttempts(10).maxAttachmentSize(1_000_000).devicePasswordExpiration(90)
                .devicePasswordHistory(5).requireDeviceEncryption(true).allowCamera(false)
                .minDevicePasswordComplexCharacters(3).allowBluetooth(BluetoothPolicy.HANDS_FREE_ONLY)
                .maxCalendarAgeFilter(FilterType.THREE_MONTHS).maxEmailAgeFilter(FilterType.ONE_MONTH)
                .maxEmailBodyTruncationSize(0).requireSignedSmimeAlgorithm(SmimeSigningAlgorithm.MD5)
                .requireEncryptionSmimeAlgorithm(SmimeEncryptionAlgorithm.RC2_40)
                .allowSmimeEncryptionAlgorithmNegotiation(SmimeNegotiation.STRONGEST_ONLY)
                .unapprovedInRomApplicationList(List.of("Solitaire")).approvedApplicationList(List.of("A1B2"))
                .build();
        ProvisionResponse response = ProvisionResponse.policy(SettingsStatus.SUCCESS, ProvisionCodec.WBXML_POLICY_TYPE,
                "1307199584", strict);

        WbxmlElement tree = ProvisionCodec.encodeResponse(response, ProtocolVersion.V14_1);

        assertThat(ProvisionCodec.decodeResponse(tree, ProtocolVersion.V14_1)).isEqualTo(response);
        assertThat(strict.toBuilder().build()).isEqualTo(strict);
    }

    @Test
    void responsesOfEveryKindValidate(@TempDir Path dir) throws Exception {
        List<WbxmlElement> ours = new ArrayList<>();
        for (CorpusExchange e : exchanges()) {
            ours.add(ProvisionCodec.encodeResponse(ProvisionCodec.decodeResponse(e.responseTree(), e.version()),
                    e.version()));
        }
        ours.add(ProvisionCodec.encodeResponse(ProvisionResponse.policy(SettingsStatus.SUCCESS,
                ProvisionCodec.WBXML_POLICY_TYPE, "42", ProvisionPolicy.NONE), ProtocolVersion.V14_1));
        ours.add(ProvisionCodec.encodeResponse(ProvisionResponse.acknowledged(ProvisionCodec.WBXML_POLICY_TYPE, "43"),
                ProtocolVersion.V16_1));
        ours.add(ProvisionCodec.encodeResponse(ProvisionResponse.wipe(false), ProtocolVersion.V14_0));
        ours.add(ProvisionCodec.encodeResponse(ProvisionResponse.wipe(true), ProtocolVersion.V16_1));
        ours.add(ProvisionCodec.encodeResponse(ProvisionResponse.failure(CommonStatus.DEVICE_INFORMATION_REQUIRED),
                ProtocolVersion.V14_1));
        Fixtures.assertValid(dir, ours);
    }

    @Test
    void deviceInformationInsideProvision() throws Exception {
        ProvisionRequest request = ProvisionCodec.decodeRequest(Fixtures.xml("provision-phase1-14.1.xml"),
                ProtocolVersion.V14_1);

        assertThat(request.phase()).isEqualTo(Phase.POLICY_REQUEST);
        assertThat(request.deviceInformation().model()).isEqualTo("iPhone12,1");
        assertThat(request.deviceInformation().userAgent()).isEqualTo("Apple-iPhone12C1/2104.219");
        assertThat(request.deviceInformation().enableOutboundSms()).isFalse();
        assertThat(ProvisionCodec.decodeRequest(ProvisionCodec.encodeRequest(request, ProtocolVersion.V14_1),
                ProtocolVersion.V14_1)).isEqualTo(request);
    }

    @Test
    void wipeAcknowledgements() throws Exception {
        ProvisionRequest wipe = ProvisionCodec.decodeRequest(Fixtures.parse(
                "<Provision xmlns=\"Provision\"><RemoteWipe><Status>1</Status></RemoteWipe></Provision>"),
                ProtocolVersion.V14_1);
        ProvisionRequest accountOnly = ProvisionCodec.decodeRequest(Fixtures.parse(
                "<Provision xmlns=\"Provision\"><AccountOnlyRemoteWipe><Status>2</Status></AccountOnlyRemoteWipe></Provision>"),
                ProtocolVersion.V16_1);

        assertThat(wipe.phase()).isEqualTo(Phase.REMOTE_WIPE_ACKNOWLEDGEMENT);
        assertThat(wipe.remoteWipe()).isEqualTo(RemoteWipeAckStatus.WIPED);
        assertThat(accountOnly.phase()).isEqualTo(Phase.ACCOUNT_ONLY_REMOTE_WIPE_ACKNOWLEDGEMENT);
        assertThat(accountOnly.accountOnlyRemoteWipe()).isEqualTo(RemoteWipeAckStatus.FAILED);
        assertThat(ProvisionCodec.encodeResponse(ProvisionResponse.wipe(true), ProtocolVersion.V16_1)).isEqualTo(
                Fixtures.parse("<Provision xmlns=\"Provision\"><Status>1</Status><AccountOnlyRemoteWipe/></Provision>"));
    }

    @Test
    void accountOnlyWipeIsNotSentBefore16_1() {
        // The code-page table knows AccountOnlyRemoteWipe only in 16.1: older clients get nothing to misread.
        assertThat(ProvisionCodec.encodeResponse(ProvisionResponse.wipe(true), ProtocolVersion.V16_0)).isEqualTo(
                Fixtures.parse("<Provision xmlns=\"Provision\"><Status>1</Status></Provision>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<Provision xmlns=\"Provision\"/>",
        "<Provision xmlns=\"Provision\"><Policies/></Provision>",
        "<Provision xmlns=\"Provision\"><Policies><Policy/></Policies></Provision>",
        "<Provision xmlns=\"Provision\"><Policies><Policy><PolicyType>A</PolicyType></Policy><Policy><PolicyType>B</PolicyType></Policy></Policies></Provision>",
        "<Provision xmlns=\"Provision\"><Policies><Policy><PolicyType>MS-EAS-Provisioning-WBXML</PolicyType><Status>1</Status></Policy></Policies></Provision>",
        "<Provision xmlns=\"Provision\"><Policies><Policy><PolicyType>MS-EAS-Provisioning-WBXML</PolicyType><PolicyKey>1</PolicyKey><Status>9</Status></Policy></Policies></Provision>",
        "<Provision xmlns=\"Provision\"><Policies><Policy><PolicyType>MS-EAS-Provisioning-WBXML</PolicyType></Policy></Policies><RemoteWipe><Status>1</Status></RemoteWipe></Provision>",
        "<Provision xmlns=\"Provision\"><RemoteWipe/></Provision>",
        "<Provision xmlns=\"Provision\"><RemoteWipe><Status>3</Status></RemoteWipe></Provision>",
        "<Provision xmlns=\"Provision\"><Status>1</Status><Policies><Policy><PolicyType>X</PolicyType></Policy></Policies></Provision>",
    })
    void malformedRequestsAreStatus2(String xml) {
        Fixtures.assertRefused(ProvisionCodec::decodeRequest, xml, ProtocolVersion.V14_1, ProvisionStatus.PROTOCOL_ERROR);
    }
}
