package org.pushbox.protocol.command.resolverecipients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pushbox.protocol.command.Bytes;
import org.pushbox.protocol.command.CommonStatus;
import org.pushbox.protocol.command.Fixtures;
import org.pushbox.protocol.command.PictureOptions;
import org.pushbox.protocol.command.resolverecipients.ResolveRecipientsResponse.Recipient;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

class ResolveRecipientsCodecTest {

    private static final ProtocolVersion V = ProtocolVersion.V14_1;

    @Test
    void decodesToAndEveryOption() throws Exception {
        ResolveRecipientsRequest request = ResolveRecipientsCodec.decodeRequest(Fixtures.parse("""
                <ResolveRecipients xmlns="ResolveRecipients"><To>ann</To><To>bob@example.net</To>
                <Options><CertificateRetrieval>3</CertificateRetrieval><MaxCertificates>5</MaxCertificates>
                <MaxAmbiguousRecipients>10</MaxAmbiguousRecipients>
                <Availability><StartTime>2025-07-28T08:00:00.000Z</StartTime>
                <EndTime>2025-07-28T18:00:00.000Z</EndTime></Availability>
                <Picture><MaxSize>30000</MaxSize><MaxPictures>2</MaxPictures></Picture></Options></ResolveRecipients>"""), V);

        assertThat(request.to()).containsExactly("ann", "bob@example.net");
        assertThat(request.options()).isEqualTo(new ResolveRecipientsRequest.Options(3, 5, 10,
                new ResolveRecipientsRequest.Availability(Instant.parse("2025-07-28T08:00:00Z"),
                        Instant.parse("2025-07-28T18:00:00Z")), new PictureOptions(30000, 2)));
        assertThat(ResolveRecipientsCodec.decodeRequest(ResolveRecipientsCodec.encodeRequest(request, V), V))
                .isEqualTo(request);
    }

    @Test
    void responsesRoundTripAndValidate(@TempDir Path dir) throws Exception {
        ResolveRecipientsResponse response = new ResolveRecipientsResponse(ResolveRecipientsStatus.SUCCESS, List.of(
                new ResolveRecipientsResponse.Response("ann", ResolveRecipientsStatus.SUCCESS, 1, List.of(new Recipient(
                        ResolveRecipientsResponse.Type.GAL, "Ann Example", "ann@example.net",
                        new ResolveRecipientsResponse.Availability(ResolveRecipientsStatus.SUCCESS, "0022000000"),
                        new ResolveRecipientsResponse.Certificates(ResolveRecipientsStatus.SUCCESS, 1, 1, List.of(),
                                List.of("TUlJQg==")),
                        new ResolveRecipientsResponse.Picture(ResolveRecipientsStatus.SUCCESS, Bytes.utf8("JPEG"))))),
                new ResolveRecipientsResponse.Response("zed", ResolveRecipientsStatus.NO_MATCH, 0, List.of()),
                new ResolveRecipientsResponse.Response("bob", ResolveRecipientsStatus.AMBIGUOUS, 1, List.of(new Recipient(
                        ResolveRecipientsResponse.Type.CONTACT, "Bob", "bob@example.net",
                        new ResolveRecipientsResponse.Availability(CommonStatus.AVAILABILITY_FAILURE, null), null,
                        new ResolveRecipientsResponse.Picture(CommonStatus.NO_PICTURE, null))))));
        WbxmlElement tree = ResolveRecipientsCodec.encodeResponse(response, V);

        assertThat(ResolveRecipientsCodec.decodeResponse(tree, V)).isEqualTo(response);
        Fixtures.assertValid(dir, List.of(tree, ResolveRecipientsCodec.encodeResponse(response, ProtocolVersion.V12_1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "<Options><CertificateRetrieval>2</CertificateRetrieval></Options>",
        "<To>a</To><Options><CertificateRetrieval>4</CertificateRetrieval></Options>",
        "<To>a</To><Options><Availability><StartTime>2025-07-28T08:00:00.000Z</StartTime></Availability></Options>",
        "<To>a</To><Options><Availability><StartTime>2025-07-28T08:00:00.000Z</StartTime><EndTime>2025-07-28T07:00:00.000Z</EndTime></Availability></Options>",
        "<To>a</To><Options><MaxCertificates>many</MaxCertificates></Options>",
        "<To>a</To><Recipient/>",
    })
    void malformedRequestsAreStatus5(String children) {
        String xml = "<ResolveRecipients xmlns=\"ResolveRecipients\">" + children + "</ResolveRecipients>";
        Fixtures.assertRefused(ResolveRecipientsCodec::decodeRequest, xml, V, 5);
    }

    @Test
    void moreThanAHundredToIsStatus5() {
        String xml = "<ResolveRecipients xmlns=\"ResolveRecipients\">" + "<To>a</To>".repeat(101) + "</ResolveRecipients>";
        Fixtures.assertRefused(ResolveRecipientsCodec::decodeRequest, xml, V, 5);
    }
}
