package org.pushbox.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.request.EasCommand;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.storage.api.Device;

/** The EAS endpoint over real HTTP: authentication, OPTIONS, dispatch, refusals, headers, gzip. */
class EasEndpointIT {

    static final byte[] FOLDER_SYNC_0 = {0x03, 0x01, 0x6A, 0x00, 0x00, 0x07, 0x56, 0x52, 0x03, '0', 0x00, 0x01, 0x01};
    static final String WBXML = "application/vnd.ms-sync.wbxml";
    static final Tag PING = CodePages.require("Ping", "Ping");
    static final Tag FOLDERS = CodePages.require("Ping", "Folders");
    static final Tag FOLDER = CodePages.require("Ping", "Folder");

    @TempDir
    static Path dataDir;

    static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(dataDir, Map.of("http.max-body-size", "64k"), (registry, store, workers, config) -> {
            registry.register(EasCommand.FOLDER_SYNC, ctx -> CompletableFuture.completedFuture(
                    CommandResponse.wbxml(((RequestBody.Wbxml) ctx.body()).root())
                            .withHeader("X-Test-Seen", ctx.account().login() + "/" + ctx.device().deviceId())));
            registry.register(EasCommand.SYNC, ctx -> CompletableFuture.completedFuture(CommandResponse.empty()));
            registry.register(EasCommand.PING, ctx -> CompletableFuture.completedFuture(CommandResponse.wbxml(bigPing())));
            registry.register(EasCommand.MOVE_ITEMS, ctx -> {
                throw new IllegalStateException("processor bug with a secret detail");
            });
        });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static WbxmlElement bigPing() {
        List<WbxmlElement> folders = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            folders.add(WbxmlElement.text(FOLDER, "folder-" + i));
        }
        return WbxmlElement.of(PING, WbxmlElement.of(FOLDERS, folders));
    }

    static String query(String command) {
        return "/Microsoft-Server-ActiveSync?Cmd=" + command + "&User=anna&DeviceId=Dev42&DeviceType=iPhone";
    }

    static HttpRequest.Builder post(String command, String version, byte[] body) {
        return server.request(query(command)).header("MS-ASProtocolVersion", version)
                .header("Content-Type", WBXML).header("User-Agent", "Apple-iPhone/1402.100")
                .POST(BodyPublishers.ofByteArray(body));
    }

    @Test
    void optionsWithoutCredentialsIsChallengedWithoutBody() throws Exception {
        HttpResponse<byte[]> response = server.send(HttpRequest.newBuilder(server.uri("/Microsoft-Server-ActiveSync"))
                .method("OPTIONS", BodyPublishers.noBody()).build());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"pushbox\"");
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().firstValue("Content-Length")).hasValue("0");
        assertThat(response.headers().firstValue("Content-Type")).isEmpty();
    }

    @Test
    void optionsAdvertisesExactlyTheRegisteredCommands() throws Exception {
        HttpResponse<byte[]> response = server.send(server.request("/microsoft-server-activesync")
                .method("OPTIONS", BodyPublishers.noBody()).build());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("MS-ASProtocolVersions")).hasValue("12.1,14.0,14.1,16.0,16.1");
        assertThat(response.headers().firstValue("MS-ASProtocolCommands")).hasValue("Sync,FolderSync,MoveItems,Ping");
        assertThat(response.headers().firstValue("Allow")).hasValue("OPTIONS,POST");
        assertThat(response.headers().firstValue("Public")).hasValue("OPTIONS,POST");
        assertThat(response.headers().firstValue("MS-Server-ActiveSync")).isPresent();
        assertThat(response.headers().firstValue("Content-Length")).hasValue("0");
        assertThat(response.body()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna", "EXAMPLE\\anna", "anna@example.org", "anna.k@example.org", "ANNA"})
    void basicCredentialsInUtf8AndLatin1WithEveryUserForm(String user) throws Exception {
        for (byte[] credentials : List.of((user + ":" + RunningServer.PASSWORD).getBytes(StandardCharsets.UTF_8),
                (user + ":" + RunningServer.PASSWORD).getBytes(StandardCharsets.ISO_8859_1))) {
            HttpResponse<byte[]> response = server.send(HttpRequest.newBuilder(server.uri("/Microsoft-Server-ActiveSync"))
                    .header("Authorization", RunningServer.basic(credentials))
                    .method("OPTIONS", BodyPublishers.noBody()).build());
            assertThat(response.statusCode()).as(user).isEqualTo(200);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna:wrong", "bob:" + RunningServer.PASSWORD, "EXAMPLE\\bob:x", "nobody@example.org:x"})
    void wrongCredentialsGet401(String userColonPassword) throws Exception {
        HttpResponse<byte[]> response = server.send(HttpRequest.newBuilder(server.uri(query("Sync")))
                .header("Authorization", RunningServer.basic(userColonPassword.getBytes(StandardCharsets.UTF_8)))
                .header("MS-ASProtocolVersion", "14.1").POST(BodyPublishers.noBody()).build());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"pushbox\"");
    }

    @Test
    void postIsDecodedDispatchedAndAnsweredWithEasHeaders() throws Exception {
        HttpResponse<byte[]> response = server.send(post("FolderSync", "14.1", FOLDER_SYNC_0).build());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(FOLDER_SYNC_0);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(WBXML);
        assertThat(response.headers().firstValue("Content-Length")).hasValue(Integer.toString(FOLDER_SYNC_0.length));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("private");
        assertThat(response.headers().firstValue("MS-Server-ActiveSync")).isPresent();
        assertThat(response.headers().firstValue("X-Test-Seen")).hasValue("anna/Dev42");
        Device device = server.store().devices().find(server.account().id(), "Dev42").orElseThrow();
        assertThat(device.deviceType()).isEqualTo("iPhone");
        assertThat(device.userAgent()).isEqualTo("Apple-iPhone/1402.100");
        assertThat(device.lastSeen()).isAfterOrEqualTo(device.firstSeen());
    }

    @Test
    void base64QueryFormIsDispatchedToo() throws Exception {
        // 14.1, FolderSync (9), en-US, DeviceId "Dev42", no policy key, DeviceType "iPhone"
        byte[] line = {(byte) 141, 9, 0x09, 0x04, 5, 'D', 'e', 'v', '4', '2', 0, 6, 'i', 'P', 'h', 'o', 'n', 'e'};
        String query = java.util.Base64.getEncoder().encodeToString(line);
        HttpResponse<byte[]> response = server.send(server.request("/Microsoft-Server-ActiveSync?" + query)
                .POST(BodyPublishers.ofByteArray(FOLDER_SYNC_0)).build());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(FOLDER_SYNC_0);
    }

    @Test
    void emptyOkKeepsTheWbxmlContentType() throws Exception {
        HttpResponse<byte[]> response = server.send(post("Sync", "12.1", new byte[0]).build());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().firstValue("Content-Type")).hasValue(WBXML);
        assertThat(response.headers().firstValue("Content-Length")).hasValue("0");
    }

    @Test
    void gzipOnlyWhenTheClientAcceptsIt() throws Exception {
        HttpResponse<byte[]> plain = server.send(post("Ping", "14.1", new byte[0]).build());
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(Wbxml.decode(plain.body())).isEqualTo(bigPing());

        HttpResponse<byte[]> deflateOnly = server.send(post("Ping", "14.1", new byte[0])
                .header("Accept-Encoding", "deflate").build());
        assertThat(deflateOnly.headers().firstValue("Content-Encoding")).isEmpty();

        HttpResponse<byte[]> gzipped = server.send(post("Ping", "14.1", new byte[0])
                .header("Accept-Encoding", "gzip").build());
        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.body().length).isLessThan(plain.body().length);
        byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes();
        assertThat(unzipped).isEqualTo(plain.body());
    }

    @Test
    void unregisteredCommandIs501() throws Exception {
        assertThat(server.send(post("Search", "14.1", FOLDER_SYNC_0).build()).statusCode()).isEqualTo(501);
    }

    @Test
    void unknownCommandIs501() throws Exception {
        assertThat(server.send(post("Frobnicate", "14.1", FOLDER_SYNC_0).build()).statusCode()).isEqualTo(501);
    }

    @Test
    void missingDeviceIdIs400In121AndStatus108From140() throws Exception {
        String noDevice = "/Microsoft-Server-ActiveSync?Cmd=FolderSync&User=anna&DeviceType=iPhone";
        HttpResponse<byte[]> old = server.send(server.request(noDevice).header("MS-ASProtocolVersion", "12.1")
                .POST(BodyPublishers.ofByteArray(FOLDER_SYNC_0)).build());
        assertThat(old.statusCode()).isEqualTo(400);
        HttpResponse<byte[]> modern = server.send(server.request(noDevice).header("MS-ASProtocolVersion", "14.1")
                .POST(BodyPublishers.ofByteArray(FOLDER_SYNC_0)).build());
        assertThat(modern.statusCode()).isEqualTo(200);
        assertThat(Wbxml.decode(modern.body())).isEqualTo(statusDocument("FolderSync", 108));
    }

    @Test
    void malformedWbxmlIs400In121AndStatus102From140() throws Exception {
        byte[] truncated = {0x03, 0x01, 0x6A, 0x00, 0x00, 0x07, 0x56, 0x52, 0x03, '0'};
        assertThat(server.send(post("FolderSync", "12.1", truncated).build()).statusCode()).isEqualTo(400);
        HttpResponse<byte[]> modern = server.send(post("FolderSync", "16.1", truncated).build());
        assertThat(modern.statusCode()).isEqualTo(200);
        assertThat(Wbxml.decode(modern.body())).isEqualTo(statusDocument("FolderSync", 102));
        byte[] unknownTag = {0x03, 0x01, 0x6A, 0x00, 0x00, 0x07, 0x7F, 0x01};
        assertThat(Wbxml.decode(server.send(post("FolderSync", "14.0", unknownTag).build()).body()))
                .isEqualTo(statusDocument("FolderSync", 103));
    }

    static WbxmlElement statusDocument(String command, int status) {
        return WbxmlElement.of(CodePages.require("FolderHierarchy", command),
                WbxmlElement.text(CodePages.require("FolderHierarchy", "Status"), Integer.toString(status)));
    }

    @Test
    void unknownOrUnservedVersionIs400WithTheServedVersions() throws Exception {
        for (String version : List.of("9.9", "2.5", "")) {
            HttpRequest.Builder request = server.request(query("FolderSync")).POST(BodyPublishers.ofByteArray(FOLDER_SYNC_0));
            if (!version.isEmpty()) {
                request.header("MS-ASProtocolVersion", version);
            }
            HttpResponse<byte[]> response = server.send(request.build());
            assertThat(response.statusCode()).as(version).isEqualTo(400);
        }
        HttpResponse<byte[]> response = server.send(post("FolderSync", "2.5", FOLDER_SYNC_0).build());
        assertThat(response.headers().firstValue("MS-ASProtocolVersions")).hasValue("12.1,14.0,14.1,16.0,16.1");
    }

    @Test
    void oversizeBodyIs413() throws Exception {
        byte[] big = new byte[65 * 1024];
        big[0] = 0x03;
        assertThat(server.send(post("FolderSync", "14.1", big).build()).statusCode()).isEqualTo(413);
    }

    @Test
    void processorFailureIs500WithoutDetails() throws Exception {
        HttpResponse<byte[]> response = server.send(post("MoveItems", "14.1", FOLDER_SYNC_0).build());
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void getShowsAnHtmlNotice() throws Exception {
        HttpResponse<byte[]> response = server.send(HttpRequest.newBuilder(server.uri("/Microsoft-Server-ActiveSync"))
                .GET().build());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("Exchange ActiveSync");
    }

    @Test
    void otherMethodsAre405WithAllowOr501() throws Exception {
        HttpResponse<byte[]> put = server.send(server.request(query("Sync")).PUT(BodyPublishers.noBody()).build());
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().firstValue("Allow")).hasValue("OPTIONS,POST");
        String answer = RawHttp.exchange(server.port(), "BREW /Microsoft-Server-ActiveSync HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(RawHttp.status(answer)).isEqualTo(501);
    }

    @Test
    void otherPathsAre404() throws Exception {
        assertThat(server.send(server.request("/owa/").GET().build()).statusCode()).isEqualTo(404);
    }

    @Test
    void unreadableRequestsGetTheirOwnStatusAndNever500() throws IOException {
        String longLine = "POST /Microsoft-Server-ActiveSync?" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n";
        assertThat(RawHttp.status(RawHttp.exchange(server.port(), longLine))).isEqualTo(414);
        String hugeHeader = "OPTIONS /Microsoft-Server-ActiveSync HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000)
                + "\r\n\r\n";
        assertThat(RawHttp.status(RawHttp.exchange(server.port(), hugeHeader))).isEqualTo(431);
        String queryTooLong = "POST /Microsoft-Server-ActiveSync?Cmd=Sync&x=" + "q".repeat(5000) + " HTTP/1.1\r\nHost: x\r\n"
                + "Authorization: " + RunningServer.basic(RunningServer.LOGIN, RunningServer.PASSWORD) + "\r\n"
                + "Content-Length: 0\r\n\r\n";
        assertThat(RawHttp.status(RawHttp.exchange(server.port(), queryTooLong))).isEqualTo(414);
        String garbage = "\u0001\u0002 nonsense\r\n\r\n";
        assertThat(RawHttp.status(RawHttp.exchange(server.port(), garbage))).isEqualTo(400);
    }

    @Test
    void keepAliveServesSeveralRequestsOnOneConnection() throws IOException {
        String auth = "Authorization: " + RunningServer.basic(RunningServer.LOGIN, RunningServer.PASSWORD) + "\r\n";
        String options = "OPTIONS /Microsoft-Server-ActiveSync HTTP/1.1\r\nHost: x\r\n" + auth;
        String answer = RawHttp.exchange(server.port(), options + "\r\n" + options + "Connection: close\r\n\r\n");
        assertThat(answer.split("HTTP/1.1 200 OK", -1)).hasSize(3);
    }

    @Test
    void pipelinedRequestsAreAnsweredInTheOrderSent() throws IOException {
        // All six requests reach the server in one write, so the codec decodes them together; a slow
        // authenticated OPTIONS first must still be answered before the quick 404s and 401 behind it.
        String auth = "Authorization: " + RunningServer.basic(RunningServer.LOGIN, RunningServer.PASSWORD) + "\r\n";
        String options = "OPTIONS /Microsoft-Server-ActiveSync HTTP/1.1\r\nHost: x\r\n";
        String notFound = "GET /owa/ HTTP/1.1\r\nHost: x\r\n\r\n";
        String pipeline = options + auth + "\r\n" + notFound + options + "\r\n" + notFound + options + auth + "\r\n"
                + options + auth + "Connection: close\r\n\r\n";

        String answer = RawHttp.exchange(server.port(), pipeline);

        java.util.List<String> statuses = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("HTTP/1\\.1 (\\d{3}) ").matcher(answer);
        while (m.find()) {
            statuses.add(m.group(1));
        }
        assertThat(statuses).containsExactly("200", "404", "401", "404", "200", "200");
    }
}
