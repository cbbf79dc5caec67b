package org.pushbox.server.command.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.protocol.command.settings.BodyType;
import org.pushbox.protocol.command.settings.DeviceInformation;
import org.pushbox.protocol.command.settings.SettingsCodec;
import org.pushbox.protocol.command.settings.SettingsRequest;
import org.pushbox.protocol.command.settings.SettingsResponse;
import org.pushbox.protocol.command.settings.SettingsResponse.UserInformationResult;
import org.pushbox.protocol.request.EasCommand;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.server.command.CommandFixture;
import org.pushbox.server.config.PushboxConfig;
import org.pushbox.server.security.DeviceKeys;
import org.pushbox.server.security.PolicyKeys;
import org.pushbox.storage.api.Device;
import org.pushbox.storage.api.PropertyMap;

/** Settings against a real H2 store. */
class SettingsProcessorTest {

    @TempDir
    Path dir;
    private CommandFixture fx;

    @BeforeEach
    void open() {
        fx = new CommandFixture(dir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private SettingsResponse run(ProtocolVersion v, SettingsRequest.Operation... operations) throws Exception {
        return SettingsCodec.decodeResponse(CommandFixture.document(fx.run(
                new SettingsProcessor(fx.store(), PushboxConfig.defaults().policy()), EasCommand.SETTINGS, v, "S1",
                SettingsCodec.encodeRequest(new SettingsRequest(List.of(operations)), v))), v);
    }

    @Test
    void deviceInformationIsStoredAndEveryOperationAnsweredInOrder() throws Exception {
        SettingsResponse response = run(ProtocolVersion.V14_1,
                new SettingsRequest.UserInformationGet(),
                new SettingsRequest.DeviceInformationSet(new DeviceInformation("Pixel", "3520", "Work phone", "Android 14",
                        "de-DE", "+49 30 1234", "Agent/2", true, "Operator")),
                new SettingsRequest.OofGet(BodyType.TEXT),
                new SettingsRequest.RightsManagementInformationGet());
        assertThat(response.status().code()).isEqualTo(1);
        assertThat(response.results()).extracting(r -> r.status().code()).containsExactly(1, 1, 3, 1);
        Device device = fx.store().devices().find(fx.account().id(), "S1").orElseThrow();
        assertThat(device.model()).isEqualTo("Pixel");
        assertThat(device.os()).isEqualTo("Android 14");
        assertThat(device.userAgent()).isEqualTo("Agent/2");
        assertThat(device.extra().text(DeviceKeys.IMEI)).isEqualTo("3520");
        assertThat(device.extra().text(DeviceKeys.FRIENDLY_NAME)).isEqualTo("Work phone");
        assertThat(device.extra().bool(DeviceKeys.ENABLE_OUTBOUND_SMS)).isTrue();
    }

    @Test
    void userInformationListsEveryAddressPrimaryFirstInBothForms() throws Exception {
        for (ProtocolVersion v : List.of(ProtocolVersion.V12_1, ProtocolVersion.V14_1)) {
            UserInformationResult result = (UserInformationResult) run(v, new SettingsRequest.UserInformationGet())
                    .results().get(0);
            assertThat(result.get().accounts().get(0).smtpAddresses()).as(v.headerValue())
                    .containsExactly(CommandFixture.ADDRESS, CommandFixture.ALIAS);
        }
    }

    @Test
    void devicePasswordFollowsThePolicy() throws Exception {
        assertThat(run(ProtocolVersion.V14_0, new SettingsRequest.DevicePasswordSet("hunter2")).results().get(0)
                .status().code()).isEqualTo(7);
        fx.store().accounts().setPolicy(fx.account().id(),
                PropertyMap.builder().bool(PolicyKeys.PASSWORD_RECOVERY, true).build());
        assertThat(run(ProtocolVersion.V14_0, new SettingsRequest.DevicePasswordSet("hunter2")).results().get(0)
                .status().code()).isEqualTo(1);
        assertThat(fx.store().devices().find(fx.account().id(), "S1").orElseThrow().extra()
                .time(DeviceKeys.RECOVERY_PASSWORD_SET)).isNotNull();
    }
}
