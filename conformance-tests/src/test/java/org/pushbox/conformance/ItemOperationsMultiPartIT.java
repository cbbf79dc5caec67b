package org.pushbox.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.conformance.client.DeviceIdentity;
import org.pushbox.conformance.client.EasCall;
import org.pushbox.conformance.client.EasResponse;
import org.pushbox.conformance.client.EasTestClient;
import org.pushbox.conformance.client.ServerTarget;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * A multi-megabyte attachment fetched over HTTP from the started server, inline and as a multipart answer
 * (asked for by the {@code MS-ASAcceptMultiPart: T} header and by the base64 request line's option). The
 * multipart body is taken apart by a parser written here from [MS-ASCMD] 2.2.1.10.1.1; its WBXML part 0
 * goes through the same independent checks as every WBXML response (libwbxml, Microsoft's XSDs).
 */
class ItemOperationsMultiPartIT {

    private static final int SIZE = 2 * 1024 * 1024 + 5;
    private static final Tag RESPONSE = tag("Response");
    private static final Tag FETCH = tag("Fetch");
    private static final Tag STATUS = tag("Status");
    private static final Tag PROPERTIES = tag("Properties");
    private static final Tag PART = tag("Part");
    private static final Tag DATA = tag("Data");
    private static final Tag RANGE = tag("Range");
    private static final Tag TOTAL = tag("Total");

    @TempDir
    static Path dir;
    static EmbeddedServer server;
    static IndependentChecks checks;
    static byte[] attachment;
    static String fileReference;

    private static Tag tag(String name) {
        return CodePages.require("ItemOperations", name);
    }

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedServer.start(dir.resolve("server"));
        checks = new IndependentChecks(Files.createDirectories(dir.resolve("responses")));
        attachment = new byte[SIZE];
        new Random(11).nextBytes(attachment);
        fileReference = DeliveredAttachment.deliver(server, dir, "report", "application/pdf", "report.pdf", attachment);
    }

    @AfterAll
    static void stop() {
        try {
            checks.validateAgainstXsds();
        } finally {
            server.close();
        }
    }

    static EasTestClient provisioned(DeviceIdentity device) {
        return Provisioning.provisioned(ServerTarget.of(server.url(), EmbeddedServer.ACCOUNT, checks), device);
    }

    static String fetch(String range) {
        return "<ItemOperations xmlns=\"ItemOperations\" xmlns:airsyncbase=\"AirSyncBase\"><Fetch><Store>Mailbox</Store>"
                + "<airsyncbase:FileReference>" + fileReference + "</airsyncbase:FileReference>"
                + (range == null ? "" : "<Options><Range>" + range + "</Range></Options>") + "</Fetch></ItemOperations>";
    }

    /** The parts of a multipart body: PartsCount, then little-endian Offset/Length pairs, then the parts. */
    static List<byte[]> parts(byte[] body) {
        int count = le32(body, 0);
        List<byte[]> parts = new ArrayList<>();
        int end = 4 + 8 * count;
        for (int i = 0; i < count; i++) {
            int offset = le32(body, 4 + 8 * i);
            int length = le32(body, 8 + 8 * i);
            assertThat(offset).as("part %d follows the metadata or the previous part", i).isEqualTo(end);
            parts.add(Arrays.copyOfRange(body, offset, offset + length));
            end = offset + length;
        }
        assertThat(end).as("the parts fill the body").isEqualTo(body.length);
        return parts;
    }

    static int le32(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }

    /** Part 0, checked by libwbxml (now) and the XSDs (after the class), as our decoder reads it. */
    static WbxmlElement properties(byte[] part0) throws Exception {
        WbxmlElement root = Wbxml.decode(part0);
        checks.check("multipart ItemOperations", "ItemOperations", part0, root);
        WbxmlElement fetch = root.child(RESPONSE).child(FETCH);
        assertThat(fetch.child(STATUS).text()).isEqualTo("1");
        return fetch.child(PROPERTIES);
    }

    @Test
    void inlineTheAttachmentIsBase64Data() {
        EasTestClient phone = provisioned(DeviceIdentity.plain("mpInline", "iPhone", "Apple-iPhone9C1/1402.100",
                ProtocolVersion.V14_1));
        EasResponse response = phone.send(EasCall.post("ItemOperations").xml(fetch(null)));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.isWbxml()).isTrue();
        WbxmlElement data = response.tree().child(RESPONSE).child(FETCH).child(PROPERTIES).child(DATA);
        assertThat(Base64.getDecoder().decode(data.textOrOpaqueAsString())).isEqualTo(attachment);
    }

    @Test
    void multipartByHeaderCarriesTheAttachmentAsAPart() throws Exception {
        EasTestClient phone = provisioned(DeviceIdentity.plain("mpHeader", "iPhone", "Apple-iPhone9C1/1402.100",
                ProtocolVersion.V14_1));
        EasResponse response = phone.send(EasCall.post("ItemOperations").xml(fetch(null))
                .header("MS-ASAcceptMultiPart", "T"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).hasValue("application/vnd.ms-sync.multipart");
        List<byte[]> parts = parts(response.body());
        assertThat(parts).hasSize(2);
        WbxmlElement properties = properties(parts.get(0));
        assertThat(properties.child(DATA)).isNull();
        assertThat(parts.get(Integer.parseInt(properties.child(PART).text()))).isEqualTo(attachment);
    }

    @Test
    void multipartByTheBase64RequestLineWithARange() throws Exception {
        EasTestClient phone = provisioned(DeviceIdentity.base64("mpBase64", "Android", "Android/12-EAS-2.0",
                ProtocolVersion.V14_1));
        EasResponse response = phone.send(EasCall.post("ItemOperations").xml(fetch("1048576-1149999"))
                .parameter("AcceptMultiPart", "T"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).hasValue("application/vnd.ms-sync.multipart");
        List<byte[]> parts = parts(response.body());
        WbxmlElement properties = properties(parts.get(0));
        assertThat(properties.child(RANGE).text()).isEqualTo("1048576-1149999");
        assertThat(properties.child(TOTAL).text()).isEqualTo(Integer.toString(SIZE));
        assertThat(parts.get(Integer.parseInt(properties.child(PART).text())))
                .isEqualTo(Arrays.copyOfRange(attachment, 1048576, 1150000));
    }
}
