package org.pushbox.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.pushbox.protocol.request.ProtocolVersion;

/**
 * GetAttachment (12.1 and before) against the started server, in both query forms: the raw bytes with the
 * attachment's Content-Type; 500 for an attachment that is not there; and a 14.1 client told to use
 * ItemOperations (HTTP 400, the request line's answer for a command its version does not have).
 */
class GetAttachmentIT {

    @TempDir
    static Path dir;
    static EmbeddedServer server;
    static IndependentChecks checks;
    static byte[] attachment;
    static String fileReference;

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedServer.start(dir.resolve("server"));
        checks = new IndependentChecks(Files.createDirectories(dir.resolve("responses")));
        attachment = new byte[700_000];
        new Random(13).nextBytes(attachment);
        fileReference = DeliveredAttachment.deliver(server, dir, "photo", "image/jpeg", "photo.jpg", attachment);
    }

    @AfterAll
    static void stop() {
        try {
            checks.validateAgainstXsds();
        } finally {
            server.close();
        }
    }

    static EasTestClient phone(DeviceIdentity device) {
        return Provisioning.provisioned(ServerTarget.of(server.url(), EmbeddedServer.ACCOUNT, checks), device);
    }

    @Test
    void version12Point1GetsTheRawBytesInBothQueryForms() {
        for (DeviceIdentity device : List.of(
                DeviceIdentity.plain("ga121plain", "WindowsMobile", "MSFT-PPC/5.2.5082", ProtocolVersion.V12_1),
                DeviceIdentity.base64("ga121b64", "WindowsMobile", "MSFT-PPC/5.2.5082", ProtocolVersion.V12_1))) {
            EasTestClient client = phone(device);
            EasResponse response = client.send(EasCall.post("GetAttachment").parameter("AttachmentName", fileReference));
            assertThat(response.status()).as(device.deviceId()).isEqualTo(200);
            assertThat(response.header("Content-Type")).hasValue("image/jpeg");
            assertThat(response.body()).isEqualTo(attachment);

            EasResponse missing = client.send(EasCall.post("GetAttachment").parameter("AttachmentName", "999999:0"));
            assertThat(missing.status()).as("an attachment that is not there").isEqualTo(500);
            assertThat(missing.body()).isEmpty();
        }
    }

    @Test
    void version14Point1IsToldTheCommandIsNotInItsVersion() {
        EasTestClient client = phone(DeviceIdentity.plain("ga141", "iPhone", "Apple-iPhone9C1/1402.100",
                ProtocolVersion.V14_1));
        EasResponse response = client.send(EasCall.post("GetAttachment").parameter("AttachmentName", fileReference));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().length).as("no attachment bytes").isLessThan(1000);
    }
}
