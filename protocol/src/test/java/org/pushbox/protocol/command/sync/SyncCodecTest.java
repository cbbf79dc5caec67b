package org.pushbox.protocol.command.sync;

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
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.command.CorpusExchange;
import org.pushbox.protocol.command.Fixtures;
import org.pushbox.protocol.command.ItemClass;
import org.pushbox.protocol.command.sync.SyncRequest.ClientCommand;
import org.pushbox.protocol.command.sync.SyncResponse.AddResult;
import org.pushbox.protocol.command.sync.SyncResponse.CollectionResponse;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SyncCodecTest {

    static List<CorpusExchange> requests() {
        return CorpusExchange.of("Sync").stream().filter(e -> e.request() != null).toList();
    }

    static List<CorpusExchange> responses() {
        return CorpusExchange.of("Sync").stream().filter(e -> e.response() != null).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void everyCorpusRequestDecodesWithEveryCollectionsValues(CorpusExchange e) throws Exception {
        SyncRequest request = SyncCodec.decodeRequest(e.requestTree(), e.version());
        Document spec = e.requestSpec();
        NodeList collections = spec.getElementsByTagNameNS("AirSync", "Collection");

        assertThat(request.collections()).hasSize(collections.getLength());
        for (int i = 0; i < collections.getLength(); i++) {
            Element expected = (Element) collections.item(i);
            SyncRequest.Collection actual = request.collections().get(i);
            assertThat(actual.syncKey()).isEqualTo(child(expected, "SyncKey"));
            assertThat(actual.collectionId()).isEqualTo(child(expected, "CollectionId"));
            String window = child(expected, "WindowSize");
            assertThat(actual.windowSize()).isEqualTo(window == null ? null : Integer.valueOf(window));
            assertThat(actual.getChanges() != null).isEqualTo(child(expected, "GetChanges") != null);
            assertThat(actual.deletesAsMoves() != null).isEqualTo(child(expected, "DeletesAsMoves") != null);
            assertThat(actual.commands()).hasSize(commandCount(expected));
            for (SyncOptions options : actual.options()) {
                String filter = CorpusExchange.first(spec, "FilterType");
                assertThat(options.filterType() == null ? null : String.valueOf(options.filterType().code()))
                        .isEqualTo(filter);
                assertThat(options.bodyPreferences()).isNotEmpty();
            }
        }
        assertThat(request.partial()).isEqualTo(spec.getElementsByTagNameNS("AirSync", "Partial").getLength() > 0);
    }

    private static String child(Element parent, String name) {
        NodeList children = parent.getElementsByTagNameNS("AirSync", name);
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getParentNode() == parent) {
                return children.item(i).getTextContent();
            }
        }
        return null;
    }

    private static int commandCount(Element collection) {
        NodeList commands = collection.getElementsByTagNameNS("AirSync", "Commands");
        return commands.getLength() == 0 ? 0 : (int) java.util.stream.IntStream
                .range(0, commands.item(0).getChildNodes().getLength())
                .filter(i -> commands.item(0).getChildNodes().item(i) instanceof Element).count();
    }

    @Test
    void clientCommandsKeepTheirDataAndIds() throws Exception {
        List<ClientCommand> all = new ArrayList<>();
        for (CorpusExchange e : requests()) {
            SyncCodec.decodeRequest(e.requestTree(), e.version()).collections().forEach(c -> all.addAll(c.commands()));
        }
        assertThat(all).filteredOn(SyncRequest.Add.class::isInstance).hasSize(7)
                .allSatisfy(c -> assertThat(((SyncRequest.Add) c).data().properties()).isNotEmpty());
        assertThat(all).filteredOn(SyncRequest.Change.class::isInstance).hasSize(11);
        assertThat(all).filteredOn(SyncRequest.Delete.class::isInstance).hasSize(3);
        assertThat(all).filteredOn(SyncRequest.Fetch.class::isInstance).hasSize(227);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("responses")
    void exchangeResponsesRoundTripByteForByte(CorpusExchange e) throws Exception {
        SyncResponse decoded = SyncCodec.decodeResponse(e.responseTree(), e.version());

        assertThat(SyncCodec.encodeResponse(decoded, e.version())).isEqualTo(e.responseTree());
        assertThat(Wbxml.encode(SyncCodec.encodeResponse(decoded, e.version()))).isEqualTo(e.responseBytes());
        assertThat(decoded.collections()).extracting(CollectionResponse::syncKey)
                .isEqualTo(CorpusExchange.texts(e.responseSpec(), "SyncKey"));
    }

    @Test
    void ourEncodingsValidate(@TempDir Path dir) throws Exception {
        List<WbxmlElement> ours = new ArrayList<>();
        // validate.sh starts two processes per file: every 10th capture keeps this test quick.
        List<CorpusExchange> sample = responses();
        for (int i = 0; i < sample.size(); i += 10) {
            CorpusExchange e = sample.get(i);
            ours.add(SyncCodec.encodeResponse(SyncCodec.decodeResponse(e.responseTree(), e.version()), e.version()));
        }
        ours.add(SyncCodec.encodeResponse(everyKindOfResponse(), ProtocolVersion.V16_1));
        ours.add(SyncCodec.encodeResponse(SyncResponse.failure(SyncStatus.INVALID_WAIT_OR_HEARTBEAT_INTERVAL, 59),
                ProtocolVersion.V14_1));
        Fixtures.assertValid(dir, ours);
    }

    private static SyncResponse everyKindOfResponse() {
        ApplicationData read = ApplicationData.of(WbxmlElement.text(CodePages.require("Email", "Read"), "1"));
        return SyncResponse.of(List.of(new CollectionResponse("k2", "5", SyncStatus.SUCCESS,
                List.of(new AddResult(null, "c1", "5:9", SyncStatus.SUCCESS, null),
                        new SyncResponse.ChangeResult(null, "5:3", null, SyncStatus.CONFLICT),
                        new SyncResponse.DeleteResult("5:4", null, SyncStatus.OBJECT_NOT_FOUND),
                        new SyncResponse.FetchResult("5:1", SyncStatus.SUCCESS, read)),
                true, List.of(new SyncResponse.Add("5:10", read), new SyncResponse.Change(ItemClass.SMS, "5:1", read),
                        new SyncResponse.Delete(null, "5:2"), new SyncResponse.SoftDelete("5:7"))),
                new CollectionResponse(null, "6", SyncStatus.INVALID_SYNC_KEY, List.of(), false, List.of())));
    }

    @Test
    void everyResponseElementRoundTrips() throws Exception {
        WbxmlElement tree = SyncCodec.encodeResponse(everyKindOfResponse(), ProtocolVersion.V16_1);
        assertThat(SyncCodec.decodeResponse(tree, ProtocolVersion.V16_1)).isEqualTo(everyKindOfResponse());
    }

    @Test
    void everyRequestElementRoundTrips() throws Exception {
        SyncRequest request = SyncCodec.decodeRequest(Fixtures.xml("sync-request-16.1.xml"), ProtocolVersion.V16_1);

        SyncRequest.Collection inbox = request.collections().get(0);
        assertThat(request.heartbeatInterval()).isEqualTo(480);
        assertThat(request.windowSize()).isEqualTo(100);
        assertThat(inbox.conversationMode()).isTrue();
        assertThat(inbox.deletesAsMoves()).isTrue();
        assertThat(inbox.getChanges()).isFalse();
        assertThat(inbox.options()).hasSize(2);
        SyncOptions email = inbox.options().get(0);
        assertThat(email.bodyPreferences()).containsExactly(new BodyPreference(2, 51200L, false, 255),
                new BodyPreference(4, null, null, null));
        assertThat(email.bodyPartPreferences()).containsExactly(new BodyPreference(2, 5000L, true, 100));
        assertThat(email.mimeSupport()).isEqualTo(2);
        assertThat(email.rightsManagementSupport()).isTrue();
        assertThat(inbox.commands()).hasSize(4);
        assertThat(((SyncRequest.Change) inbox.commands().get(1)).instanceId()).isEqualTo("20250101T090000Z");
        SyncRequest.Collection contacts = request.collections().get(1);
        assertThat(contacts.supported()).extracting(t -> t.name()).containsExactly("FirstName", "Picture");
        assertThat(SyncCodec.decodeRequest(SyncCodec.encodeRequest(request, ProtocolVersion.V16_1),
                ProtocolVersion.V16_1)).isEqualTo(request);
    }

    @Test
    void versionGatingOfResponseElements() {
        // The 16.x InstanceId is known to the code pages, but 12.1 gets only what it knows.
        WbxmlElement v121 = SyncCodec.encodeResponse(SyncResponse.of(List.of(new CollectionResponse("k", "5",
                SyncStatus.SUCCESS, List.of(new SyncResponse.ChangeResult(null, "5:3", "20250101T090000Z",
                        SyncStatus.CONFLICT)), false, List.of()))), ProtocolVersion.V12_1);
        assertThat(v121.toString()).doesNotContain("InstanceId");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<Collections><Collection><CollectionId>5</CollectionId></Collection></Collections>",
        "<Collections><Collection><SyncKey>1</SyncKey></Collection></Collections>",
        "<Collections/>",
        "<Collections><Collection><SyncKey>1</SyncKey><CollectionId>5</CollectionId></Collection><Collection><SyncKey>2</SyncKey><CollectionId>5</CollectionId></Collection></Collections>",
        "<Collections><Collection><SyncKey>1</SyncKey><CollectionId>5</CollectionId><WindowSize>many</WindowSize></Collection></Collections>",
        "<Collections><Collection><SyncKey>1</SyncKey><CollectionId>5</CollectionId><WindowSize>-1</WindowSize></Collection></Collections>",
        "<Collections><Collection><SyncKey>1</SyncKey><CollectionId>5</CollectionId><GetChanges>2</GetChanges></Collection></Collections>",
        "<Collections><Collection><SyncKey>1</SyncKey><CollectionId>5</CollectionId><Options><FilterType>9</FilterType></Options></Collection></Collections>",
        "<Collections><Collection><SyncKey>1</SyncKey><CollectionId>5</CollectionId><Options><Class>Fax</Class></Options></Collection></Collections>",
        "<Collections><Collection><SyncKey>1</SyncKey><CollectionId>5</CollectionId><Options><Class>Email</Class></Options><Options><Class>Email</Class></Options></Collection></Collections>",
        "<Collections><Collection><SyncKey>1</SyncKey><CollectionId>5</CollectionId><Options/><Options/></Collection></Collections>",
        "<Collections><Collection><SyncKey>1</SyncKey><CollectionId>5</CollectionId><Options><airsyncbase:BodyPreference><airsyncbase:Type>9</airsyncbase:Type></airsyncbase:BodyPreference></Options></Collection></Collections>",
        "<Collections><Collection><SyncKey>1</SyncKey><CollectionId>5</CollectionId><Options><airsyncbase:BodyPreference><airsyncbase:TruncationSize>5</airsyncbase:TruncationSize></airsyncbase:BodyPreference></Options></Collection></Collections>",
        "<Collections><Collection><SyncKey>1</SyncKey><CollectionId>5</CollectionId><Options><MIMESupport>3</MIMESupport></Options></Collection></Collections>",
        "<Collections><Collection><SyncKey>1</SyncKey><CollectionId>5</CollectionId><Options><Conflict>2</Conflict></Options></Collection></Collections>",
        "<Collections><Collection><SyncKey>1</SyncKey><CollectionId>5</CollectionId><Commands><Add><ApplicationData/></Add></Commands></Collection></Collections>",
        "<Collections><Collection><SyncKey>1</SyncKey><CollectionId>5</CollectionId><Commands><Add><ClientId>1</ClientId></Add></Commands></Collection></Collections>",
        "<Collections><Collection><SyncKey>1</SyncKey><CollectionId>5</CollectionId><Commands><Change><ApplicationData/></Change></Commands></Collection></Collections>",
        "<Collections><Collection><SyncKey>1</SyncKey><CollectionId>5</CollectionId><Commands><Change><ServerId>1</ServerId><ApplicationData>text</ApplicationData></Change></Commands></Collection></Collections>",
        "<Collections><Collection><SyncKey>1</SyncKey><CollectionId>5</CollectionId><Commands><Delete/></Commands></Collection></Collections>",
        "<Collections><Collection><SyncKey>1</SyncKey><CollectionId>5</CollectionId><Commands><Fetch><ClientId>1</ClientId></Fetch></Commands></Collection></Collections>",
        "<Collections><Collection><SyncKey>1</SyncKey><CollectionId>5</CollectionId><Commands><SoftDelete><ServerId>1</ServerId></SoftDelete></Commands></Collection></Collections>",
        "<Collections><Collection><SyncKey>1</SyncKey><CollectionId>5</CollectionId><Status>1</Status></Collection></Collections>",
        "<Wait>5</Wait><HeartbeatInterval>300</HeartbeatInterval>",
        "<Wait>five</Wait>",
        "<HeartbeatInterval>1.5</HeartbeatInterval>",
        "<MoreAvailable/>",
    })
    void malformedRequestsAreStatus4(String children) {
        String xml = "<Sync xmlns=\"AirSync\" xmlns:airsyncbase=\"AirSyncBase\">" + children + "</Sync>";
        Fixtures.assertRefused(SyncCodec::decodeRequest, xml, ProtocolVersion.V14_1, SyncStatus.PROTOCOL_ERROR);
    }

    @Test
    void windowSizeAndWaitAreExposedRawForTheServerToJudge() throws Exception {
        SyncRequest request = SyncCodec.decodeRequest(Fixtures.parse("""
                <Sync xmlns="AirSync"><Collections><Collection><SyncKey>1</SyncKey><CollectionId>5</CollectionId>
                <WindowSize>0</WindowSize></Collection></Collections><Wait>600</Wait><WindowSize>100000</WindowSize>
                <Partial/></Sync>"""), ProtocolVersion.V12_1);

        assertThat(request.collections().get(0).windowSize()).isZero();
        assertThat(request.waitMinutes()).isEqualTo(600);
        assertThat(request.windowSize()).isEqualTo(100000);
        assertThat(request.partial()).isTrue();
    }
}
