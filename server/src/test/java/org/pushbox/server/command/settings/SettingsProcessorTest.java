package org.pushbox.server.command.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.protocol.command.settings.BodyType;
import org.pushbox.protocol.command.settings.DeviceInformation;
import org.pushbox.protocol.command.settings.OofMessage;
import org.pushbox.protocol.command.settings.OofMessage.Audience;
import org.pushbox.protocol.command.settings.OofSettings;
import org.pushbox.protocol.command.settings.OofState;
import org.pushbox.protocol.command.settings.SettingsCodec;
import org.pushbox.protocol.command.settings.SettingsRequest;
import org.pushbox.protocol.command.settings.SettingsResponse;
import org.pushbox.protocol.command.settings.SettingsResponse.OofResult;
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
        assertThat(response.results()).extracting(r -> r.status().code()).containsExactly(1, 1, 1, 1);
        Device device = fx.store().devices().find(fx.account().id(), "S1").orElseThrow();
        assertThat(device.model()).isEqualTo("Pixel");
        assertThat(device.os()).isEqualTo("Android 14");
        assertThat(device.userAgent()).isEqualTo("Agent/2");
        assertThat(device.extra().text(DeviceKeys.IMEI)).isEqualTo("3520");
        assertThat(device.extra().text(DeviceKeys.FRIENDLY_NAME)).isEqualTo("Work phone");
        assertThat(device.extra().bool(DeviceKeys.ENABLE_OUTBOUND_SMS)).isTrue();
    }

    private static final Instant START = Instant.parse("2026-12-20T08:00:00Z");
    private static final Instant END = Instant.parse("2027-01-06T17:30:00Z");

    private static OofSettings away() {
        return new OofSettings(OofState.TIME_BASED, START, END, List.of(
                new OofMessage(Audience.INTERNAL, true, "Back on 6 January 🎄 <ask Ben>", BodyType.TEXT),
                new OofMessage(Audience.EXTERNAL_KNOWN, true, "<p>Away until <b>6 January</b></p>", BodyType.HTML),
                new OofMessage(Audience.EXTERNAL_UNKNOWN, false, "Away.", BodyType.TEXT)));
    }

    private OofSettings oofGet(ProtocolVersion v, BodyType type) throws Exception {
        OofResult result = (OofResult) run(v, new SettingsRequest.OofGet(type)).results().get(0);
        assertThat(result.status().code()).isEqualTo(1);
        return result.get();
    }

    @Test
    void oofIsDisabledUntilSetThenReturnedInTheBodyTypeAsked() throws Exception {
        assertThat(oofGet(ProtocolVersion.V14_1, BodyType.TEXT)).isEqualTo(new OofSettings(OofState.DISABLED, null,
                null, List.of(new OofMessage(Audience.INTERNAL, false, null, null),
                        new OofMessage(Audience.EXTERNAL_KNOWN, false, null, null),
                        new OofMessage(Audience.EXTERNAL_UNKNOWN, false, null, null))));
        assertThat(run(ProtocolVersion.V12_1, new SettingsRequest.OofSet(away())).results().get(0).status().code())
                .isEqualTo(1);
        OofSettings text = oofGet(ProtocolVersion.V16_1, BodyType.TEXT);
        assertThat(text.state()).isEqualTo(OofState.TIME_BASED);
        assertThat(text.startTime()).isEqualTo(START);
        assertThat(text.endTime()).isEqualTo(END);
        assertThat(text.messages()).containsExactly(
                new OofMessage(Audience.INTERNAL, true, "Back on 6 January 🎄 <ask Ben>", BodyType.TEXT),
                new OofMessage(Audience.EXTERNAL_KNOWN, true, "Away until 6 January\n", BodyType.TEXT),
                new OofMessage(Audience.EXTERNAL_UNKNOWN, false, "Away.", BodyType.TEXT));
        OofSettings html = oofGet(ProtocolVersion.V14_1, BodyType.HTML);
        assertThat(html.messages().get(0)).isEqualTo(new OofMessage(Audience.INTERNAL, true,
                "<html><body><pre>Back on 6 January 🎄 &lt;ask Ben&gt;</pre></body></html>", BodyType.HTML));
        assertThat(html.messages().get(1).replyMessage()).isEqualTo("<p>Away until <b>6 January</b></p>");
    }

    @Test
    void oofSetKeepsWhatItLeavesOut() throws Exception {
        run(ProtocolVersion.V14_1, new SettingsRequest.OofSet(away()));
        run(ProtocolVersion.V14_1, new SettingsRequest.OofSet(new OofSettings(OofState.GLOBAL, null, null,
                List.of(new OofMessage(Audience.EXTERNAL_UNKNOWN, true, null, null)))));
        OofSettings global = oofGet(ProtocolVersion.V14_1, BodyType.TEXT);
        assertThat(global.state()).isEqualTo(OofState.GLOBAL);
        assertThat(global.startTime()).as("times are sent for time-based only").isNull();
        assertThat(global.messages()).extracting(OofMessage::enabled).containsExactly(true, true, true);
        assertThat(global.messages().get(2).replyMessage()).isEqualTo("Away.");
        // Back to time-based without times: the kept period applies again.
        run(ProtocolVersion.V14_1, new SettingsRequest.OofSet(new OofSettings(OofState.TIME_BASED, null, null,
                List.of())));
        OofSettings timed = oofGet(ProtocolVersion.V14_1, BodyType.TEXT);
        assertThat(timed.startTime()).isEqualTo(START);
        assertThat(timed.endTime()).isEqualTo(END);
    }

    @Test
    void badOofSetsAreRefusedAndChangeNothing() throws Exception {
        run(ProtocolVersion.V14_1, new SettingsRequest.OofSet(new OofSettings(OofState.GLOBAL, null, null,
                List.of(new OofMessage(Audience.INTERNAL, true, "kept", BodyType.TEXT)))));
        OofSettings before = oofGet(ProtocolVersion.V14_1, BodyType.TEXT);
        assertThat(oofSetStatus(new OofSettings(OofState.TIME_BASED, END, START, List.of()))).isEqualTo(5);
        assertThat(oofSetStatus(new OofSettings(OofState.TIME_BASED, START, START, List.of()))).isEqualTo(5);
        assertThat(oofSetStatus(new OofSettings(OofState.TIME_BASED, null, null, List.of()))).isEqualTo(2);
        assertThat(oofSetStatus(new OofSettings(OofState.DISABLED, null, null, List.of(
                new OofMessage(Audience.INTERNAL, false, "a", BodyType.TEXT),
                new OofMessage(Audience.INTERNAL, true, "b", BodyType.TEXT))))).isEqualTo(6);
        assertThat(oofSetStatus(new OofSettings(OofState.DISABLED, null, null, List.of(new OofMessage(
                Audience.INTERNAL, true, "x".repeat(OutOfOfficeSettings.MAX_REPLY_CHARS + 1), BodyType.TEXT)))))
                .isEqualTo(5);
        assertThat(oofGet(ProtocolVersion.V14_1, BodyType.TEXT)).isEqualTo(before);
    }

    private int oofSetStatus(OofSettings settings) throws Exception {
        SettingsResponse response = run(ProtocolVersion.V14_1, new SettingsRequest.OofSet(settings));
        assertThat(response.status().code()).isEqualTo(1);
        return response.results().get(0).status().code();
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
