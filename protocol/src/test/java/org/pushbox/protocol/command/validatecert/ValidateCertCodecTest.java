package org.pushbox.protocol.command.validatecert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pushbox.protocol.command.Bytes;
import org.pushbox.protocol.command.Fixtures;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

class ValidateCertCodecTest {

    private static final ProtocolVersion V = ProtocolVersion.V14_1;

    @Test
    void decodesCertificatesChainAndCrlFlag() throws Exception {
        ValidateCertRequest request = ValidateCertCodec.decodeRequest(Fixtures.parse("""
                <ValidateCert xmlns="ValidateCert"><CertificateChain><Certificate>Q0E=</Certificate></CertificateChain>
                <Certificates><Certificate>TEVBRg==</Certificate></Certificates><CheckCrl>1</CheckCrl></ValidateCert>"""), V);

        assertThat(request).isEqualTo(new ValidateCertRequest(List.of(Bytes.utf8("LEAF")), List.of(Bytes.utf8("CA")), true));
        assertThat(ValidateCertCodec.decodeRequest(ValidateCertCodec.encodeRequest(request, V), V)).isEqualTo(request);
    }

    @Test
    void responsesRoundTripAndValidate(@TempDir Path dir) throws Exception {
        ValidateCertResponse response = new ValidateCertResponse(ValidateCertStatus.SUCCESS,
                List.of(ValidateCertStatus.SUCCESS, ValidateCertStatus.REVOKED));
        WbxmlElement tree = ValidateCertCodec.encodeResponse(response, V);

        assertThat(ValidateCertCodec.decodeResponse(tree, V)).isEqualTo(response);
        Fixtures.assertValid(dir, List.of(tree, ValidateCertCodec.encodeResponse(
                new ValidateCertResponse(ValidateCertStatus.PROTOCOL_ERROR, List.of()), V)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "<Certificates/>",
        "<CertificateChain><Certificate>Q0E=</Certificate></CertificateChain>",
        "<Certificates><Certificate>not base64!</Certificate></Certificates>",
        "<Certificates><Certificate>Q0E=</Certificate></Certificates><CheckCrl>yes</CheckCrl>",
        "<Certificates><Certificate>Q0E=</Certificate></Certificates><Status>1</Status>",
    })
    void malformedRequestsAreStatus2(String children) {
        String xml = "<ValidateCert xmlns=\"ValidateCert\">" + children + "</ValidateCert>";
        Fixtures.assertRefused(ValidateCertCodec::decodeRequest, xml, V, 2);
    }

    @Test
    void moreThanAHundredCertificatesIsStatus2() {
        String xml = "<ValidateCert xmlns=\"ValidateCert\"><Certificates>" + "<Certificate>Q0E=</Certificate>".repeat(101)
                + "</Certificates></ValidateCert>";
        Fixtures.assertRefused(ValidateCertCodec::decodeRequest, xml, V, 2);
    }
}
