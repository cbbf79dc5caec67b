package org.pushbox.protocol.command.foldersync;

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
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.protocol.wbxml.WbxmlElement;

class FolderSyncCodecTest {

    static List<CorpusExchange> exchanges() {
        return CorpusExchange.of("FolderSync");
    }

    static List<CorpusExchange> responses() {
        return exchanges().stream().filter(e -> e.response() != null).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exchanges")
    void everyCorpusRequestDecodesWithItsSyncKey(CorpusExchange e) throws Exception {
        FolderSyncRequest request = FolderSyncCodec.decodeRequest(e.requestTree(), e.version());

        assertThat(request.syncKey()).isEqualTo(CorpusExchange.texts(e.requestSpec(), "SyncKey").get(0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("responses")
    void exchangeResponsesRoundTripByteForByte(CorpusExchange e) throws Exception {
        FolderSyncResponse decoded = FolderSyncCodec.decodeResponse(e.responseTree(), e.version());

        WbxmlElement ours = FolderSyncCodec.encodeResponse(decoded, e.version());

        assertThat(ours).isEqualTo(e.responseTree());
        assertThat(Wbxml.encode(ours)).isEqualTo(e.responseBytes());
        assertThat(decoded.count()).isEqualTo(CorpusExchange.count(e.responseSpec(), "FolderHierarchy", "Add"));
    }

    @Test
    void ourEncodingsOfExchangeResponsesValidateAgainstTheXsd(@TempDir Path dir) throws Exception {
        List<WbxmlElement> ours = new ArrayList<>();
        for (CorpusExchange e : responses()) {
            ours.add(FolderSyncCodec.encodeResponse(FolderSyncCodec.decodeResponse(e.responseTree(), e.version()),
                    e.version()));
        }
        ours.add(FolderSyncCodec.encodeResponse(FolderSyncResponse.success("k2",
                List.of(new Folder("5", "0", "Renamed", FolderType.USER_CREATED_MAIL)), List.of("7"),
                List.of(new Folder("9", "5", "Sub", FolderType.USER_CREATED_CONTACTS))), ProtocolVersion.V16_1));
        ours.add(FolderSyncCodec.encodeResponse(FolderSyncResponse.failure(CommonStatus.DEVICE_NOT_PROVISIONED),
                ProtocolVersion.V14_1));

        Fixtures.assertValid(dir, ours);
    }

    @Test
    void changesAreWrittenInXsdOrderWithTheirCount() {
        WbxmlElement tree = FolderSyncCodec.encodeResponse(FolderSyncResponse.success("k2",
                List.of(new Folder("5", "0", "Renamed", FolderType.USER_CREATED_MAIL)), List.of("7"),
                List.of(new Folder("9", "5", "Sub", FolderType.USER_CREATED_CONTACTS))), ProtocolVersion.V14_0);

        assertThat(tree).isEqualTo(Fixtures.parse("""
                <FolderSync xmlns="FolderHierarchy"><Status>1</Status><SyncKey>k2</SyncKey><Changes>
                <Count>3</Count>
                <Update><ServerId>5</ServerId><ParentId>0</ParentId><DisplayName>Renamed</DisplayName><Type>12</Type></Update>
                <Delete><ServerId>7</ServerId></Delete>
                <Add><ServerId>9</ServerId><ParentId>5</ParentId><DisplayName>Sub</DisplayName><Type>14</Type></Add>
                </Changes></FolderSync>"""));
    }

    @Test
    void aFailureCarriesOnlyTheStatus() {
        assertThat(FolderSyncCodec.encodeResponse(FolderSyncResponse.failure(FolderSyncStatus.INVALID_SYNC_KEY),
                ProtocolVersion.V12_1)).isEqualTo(
                        Fixtures.parse("<FolderSync xmlns=\"FolderHierarchy\"><Status>9</Status></FolderSync>"));
    }

    @Test
    void clientSideRequestRoundTrips() throws Exception {
        FolderSyncRequest request = new FolderSyncRequest("0");
        assertThat(FolderSyncCodec.decodeRequest(FolderSyncCodec.encodeRequest(request, ProtocolVersion.V14_1),
                ProtocolVersion.V14_1)).isEqualTo(request);
        assertThat(request.initial()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<FolderSync xmlns=\"FolderHierarchy\"/>",
        "<FolderSync xmlns=\"FolderHierarchy\"><SyncKey>1</SyncKey><SyncKey>2</SyncKey></FolderSync>",
        "<FolderSync xmlns=\"FolderHierarchy\"><SyncKey>1</SyncKey><ServerId>2</ServerId></FolderSync>",
        "<FolderSync xmlns=\"FolderHierarchy\"><SyncKey><Count>1</Count></SyncKey></FolderSync>",
        "<FolderSync xmlns=\"FolderHierarchy\">0</FolderSync>",
        "<FolderCreate xmlns=\"FolderHierarchy\"><SyncKey>1</SyncKey></FolderCreate>",
    })
    void malformedRequestsAreStatus10(String xml) {
        Fixtures.assertRefused(FolderSyncCodec::decodeRequest, xml, ProtocolVersion.V14_1, FolderSyncStatus.MALFORMED_REQUEST);
    }

    @Test
    void anEmptyOrOverlongKeyIsStatus9() {
        for (String key : new String[] {"", "x".repeat(65)}) {
            String xml = "<FolderSync xmlns=\"FolderHierarchy\"><SyncKey>" + key + "</SyncKey></FolderSync>";
            Fixtures.assertRefused(FolderSyncCodec::decodeRequest, xml, ProtocolVersion.V12_1, 9);
        }
    }

    @Test
    void legacyTokensAreIgnored() throws Exception {
        // FolderHierarchy 0x18 Version is in no current table: old clients may still send it.
        WbxmlElement root = Fixtures.parse(
                "<FolderSync xmlns=\"FolderHierarchy\"><Version>1</Version><SyncKey>7</SyncKey></FolderSync>");
        assertThat(FolderSyncCodec.decodeRequest(root, ProtocolVersion.V12_1).syncKey()).isEqualTo("7");
    }

    @Test
    void folderTypesCoverEveryNumber() {
        for (int code = 1; code <= 19; code++) {
            assertThat(FolderType.fromCode(code).code()).isEqualTo(code);
        }
        assertThat(FolderType.fromCode(0)).isNull();
        assertThat(FolderType.fromCode(20)).isNull();
        assertThat(FolderType.USER_CREATED_NOTES.userCreatable()).isTrue();
        assertThat(FolderType.DEFAULT_INBOX.userCreatable()).isFalse();
    }
}
