package org.pushbox.protocol.command.ping;

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
import org.pushbox.protocol.command.ItemClass;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.w3c.dom.Document;

class PingCodecTest {

    static List<CorpusExchange> requests() {
        return CorpusExchange.of("Ping").stream().filter(e -> e.request() != null).toList();
    }

    static List<CorpusExchange> responses() {
        return CorpusExchange.of("Ping").stream().filter(e -> e.response() != null).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void everyCorpusRequestDecodesWithItsFolders(CorpusExchange e) throws Exception {
        PingRequest request = PingCodec.decodeRequest(e.requestTree(), e.version());
        Document spec = e.requestSpec();

        assertThat(request.heartbeatInterval()).isEqualTo(Integer.valueOf(CorpusExchange.first(spec, "HeartbeatInterval")));
        assertThat(request.folders()).extracting(PingRequest.Folder::id).isEqualTo(CorpusExchange.texts(spec, "Id"));
        assertThat(request.folders()).extracting(f -> f.folderClass().wire())
                .isEqualTo(CorpusExchange.texts(spec, "Class"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("responses")
    void exchangeResponsesRoundTripByteForByte(CorpusExchange e) throws Exception {
        PingResponse decoded = PingCodec.decodeResponse(e.responseTree(), e.version());

        assertThat(PingCodec.encodeResponse(decoded, e.version())).isEqualTo(e.responseTree());
        assertThat(Wbxml.encode(PingCodec.encodeResponse(decoded, e.version()))).isEqualTo(e.responseBytes());
        assertThat(decoded.status().code()).isEqualTo(Integer.parseInt(CorpusExchange.first(e.responseSpec(), "Status")));
    }

    @Test
    void everyStatusWithItsElementValidates(@TempDir Path dir) throws Exception {
        List<WbxmlElement> ours = new ArrayList<>();
        for (CorpusExchange e : responses()) {
            ours.add(PingCodec.encodeResponse(PingCodec.decodeResponse(e.responseTree(), e.version()), e.version()));
        }
        for (PingResponse r : List.of(PingResponse.of(PingStatus.NO_CHANGES), PingResponse.changes(List.of("5", "9")),
                PingResponse.of(PingStatus.MISSING_PARAMETERS), PingResponse.of(PingStatus.SYNTAX_ERROR),
                PingResponse.heartbeatOutOfRange(60), PingResponse.tooManyFolders(200),
                PingResponse.of(PingStatus.FOLDER_SYNC_REQUIRED), PingResponse.of(PingStatus.SERVER_ERROR),
                PingResponse.of(CommonStatus.SERVER_ERROR_RETRY_LATER))) {
            WbxmlElement tree = PingCodec.encodeResponse(r, ProtocolVersion.V14_1);
            assertThat(PingCodec.decodeResponse(tree, ProtocolVersion.V14_1)).isEqualTo(r);
            ours.add(tree);
        }
        Fixtures.assertValid(dir, ours);
    }

    @Test
    void elementsThatDoNotGoWithTheStatusAreRefused() {
        assertThatThrownBy(() -> new PingResponse(PingStatus.NO_CHANGES, List.of("5"), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PingResponse(PingStatus.TOO_MANY_FOLDERS, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PingResponse.changes(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void partialRequestsAndTheEmptyBody() throws Exception {
        PingRequest onlyInterval = PingCodec.decodeRequest(Fixtures.parse(
                "<Ping xmlns=\"Ping\"><HeartbeatInterval>900</HeartbeatInterval></Ping>"), ProtocolVersion.V14_1);
        assertThat(onlyInterval).isEqualTo(new PingRequest(900, null));
        assertThat(PingCodec.decodeRequest(Fixtures.parse("<Ping xmlns=\"Ping\"/>"), ProtocolVersion.V14_1))
                .isEqualTo(PingRequest.EMPTY);
        PingRequest full = new PingRequest(480, List.of(new PingRequest.Folder("5", ItemClass.EMAIL),
                new PingRequest.Folder("sms", ItemClass.SMS)));
        assertThat(PingCodec.decodeRequest(PingCodec.encodeRequest(full, ProtocolVersion.V16_1), ProtocolVersion.V16_1))
                .isEqualTo(full);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<Ping xmlns=\"Ping\"><HeartbeatInterval>soon</HeartbeatInterval></Ping>",
        "<Ping xmlns=\"Ping\"><HeartbeatInterval>-5</HeartbeatInterval></Ping>",
        "<Ping xmlns=\"Ping\"><HeartbeatInterval></HeartbeatInterval></Ping>",
        "<Ping xmlns=\"Ping\"><HeartbeatInterval>1</HeartbeatInterval><HeartbeatInterval>2</HeartbeatInterval></Ping>",
        "<Ping xmlns=\"Ping\"><Folders/></Ping>",
        "<Ping xmlns=\"Ping\"><Folders><Folder><Id>5</Id></Folder></Folders></Ping>",
        "<Ping xmlns=\"Ping\"><Folders><Folder><Class>Email</Class></Folder></Folders></Ping>",
        "<Ping xmlns=\"Ping\"><Folders><Folder><Id>5</Id><Class>Mail</Class></Folder></Folders></Ping>",
        "<Ping xmlns=\"Ping\"><Folders><Folder><Id>5</Id><Class>Email</Class></Folder><Folder><Id>5</Id><Class>Email</Class></Folder></Folders></Ping>",
        "<Ping xmlns=\"Ping\"><Status>1</Status></Ping>",
        "<Ping xmlns=\"Ping\"><Folders><Folder>5</Folder></Folders></Ping>",
        "<Sync xmlns=\"AirSync\"/>",
    })
    void malformedRequestsAreStatus4(String xml) {
        Fixtures.assertRefused(PingCodec::decodeRequest, xml, ProtocolVersion.V14_1, PingStatus.SYNTAX_ERROR);
    }
}
