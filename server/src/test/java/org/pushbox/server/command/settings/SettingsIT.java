package org.pushbox.server.command.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.protocol.command.settings.BodyType;
import org.pushbox.protocol.command.settings.OofMessage;
import org.pushbox.protocol.command.settings.OofMessage.Audience;
import org.pushbox.protocol.command.settings.OofSettings;
import org.pushbox.protocol.command.settings.OofState;
import org.pushbox.protocol.command.settings.SettingsCodec;
import org.pushbox.protocol.command.settings.SettingsRequest;
import org.pushbox.protocol.command.settings.SettingsResponse;
import org.pushbox.protocol.command.settings.SettingsResponse.OofResult;
import org.pushbox.protocol.request.EasCommand;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.server.command.ResponseBatch;
import org.pushbox.server.http.RunningServer;

/**
 * Out of office over real HTTP: Set in one protocol version, Get in others (Text and HTML), a refused
 * Set, and every WBXML response validated against Microsoft's XSDs at the end.
 */
class SettingsIT {

    @TempDir
    static Path dataDir;

    static RunningServer server;
    static final ResponseBatch bodies = new ResponseBatch();

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(dataDir, Map.of(), (registry, store, workers, config) ->
                registry.register(EasCommand.SETTINGS, new SettingsProcessor(store, config.policy())));
    }

    @AfterAll
    static void validateEveryResponseAndStop() throws Exception {
        try {
            bodies.assertAllValid(dataDir, "settings-response");
        } finally {
            server.close();
        }
    }

    private static OofResult oof(ProtocolVersion version, SettingsRequest.Operation operation) throws Exception {
        HttpResponse<byte[]> response = server.send(server.request("/Microsoft-Server-ActiveSync?Cmd=Settings"
                + "&User=anna&DeviceId=oof" + version.toString().replace(".", "") + "&DeviceType=iPhone")
                .header("MS-ASProtocolVersion", version.toString())
                .header("Content-Type", "application/vnd.ms-sync.wbxml")
                .POST(BodyPublishers.ofByteArray(Wbxml.encode(SettingsCodec.encodeRequest(
                        new SettingsRequest(List.of(operation)), version)))).build());
        assertThat(response.statusCode()).isEqualTo(200);
        bodies.add(response.body());
        SettingsResponse settings = SettingsCodec.decodeResponse(Wbxml.decode(response.body()), version);
        assertThat(settings.status().code()).isEqualTo(1);
        return (OofResult) settings.results().get(0);
    }

    @Test
    void oofSetInOneVersionIsReadBackInOthers() throws Exception {
        Instant start = Instant.parse("2026-12-20T08:00:00Z");
        Instant end = Instant.parse("2027-01-06T17:30:00Z");
        OofSettings away = new OofSettings(OofState.TIME_BASED, start, end, List.of(
                new OofMessage(Audience.INTERNAL, true, "Zurück am 6. Januar 🎄", BodyType.TEXT),
                new OofMessage(Audience.EXTERNAL_KNOWN, true, "<p>Away until <b>6 January</b></p>", BodyType.HTML),
                new OofMessage(Audience.EXTERNAL_UNKNOWN, false, "Away.", BodyType.TEXT)));
        assertThat(oof(ProtocolVersion.V12_1, new SettingsRequest.OofSet(away)).status().code()).isEqualTo(1);

        OofResult text = oof(ProtocolVersion.V14_1, new SettingsRequest.OofGet(BodyType.TEXT));
        assertThat(text.status().code()).isEqualTo(1);
        assertThat(text.get().state()).isEqualTo(OofState.TIME_BASED);
        assertThat(text.get().startTime()).isEqualTo(start);
        assertThat(text.get().endTime()).isEqualTo(end);
        assertThat(text.get().messages()).containsExactly(away.messages().get(0),
                new OofMessage(Audience.EXTERNAL_KNOWN, true, "Away until 6 January\n", BodyType.TEXT),
                away.messages().get(2));

        OofResult html = oof(ProtocolVersion.V16_1, new SettingsRequest.OofGet(BodyType.HTML));
        assertThat(html.get().messages().get(1)).isEqualTo(away.messages().get(1));
        assertThat(html.get().messages()).extracting(OofMessage::bodyType).containsOnly(BodyType.HTML);

        OofSettings backwards = new OofSettings(OofState.TIME_BASED, end, start, List.of());
        assertThat(oof(ProtocolVersion.V14_1, new SettingsRequest.OofSet(backwards)).status().code()).isEqualTo(5);
        assertThat(oof(ProtocolVersion.V14_1, new SettingsRequest.OofGet(BodyType.TEXT)).get()).isEqualTo(text.get());
    }
}
