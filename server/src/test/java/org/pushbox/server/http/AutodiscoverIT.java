package org.pushbox.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pushbox.server.admin.PushboxRuntime;
import org.pushbox.testing.Requirements;

/** Autodiscover over real HTTP: the mobilesync answer (schema-valid), the outlook form, errors, XXE. */
class AutodiscoverIT {

    static final String MOBILESYNC_REQUEST = "http://schemas.microsoft.com/exchange/autodiscover/mobilesync/requestschema/2006";
    static final String MOBILESYNC_RESPONSE = "http://schemas.microsoft.com/exchange/autodiscover/mobilesync/responseschema/2006";

    @TempDir
    static Path dataDir;

    static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(dataDir, Map.of("public-url", "https://mail.example.org/"),
                PushboxRuntime.NO_COMMANDS);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String request(String email, String schema) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Autodiscover xmlns=\"" + MOBILESYNC_REQUEST + "\">"
                + "<Request><EMailAddress>" + email + "</EMailAddress>"
                + "<AcceptableResponseSchema>" + schema + "</AcceptableResponseSchema></Request></Autodiscover>";
    }

    static HttpResponse<byte[]> post(String path, String body) throws Exception {
        return server.send(server.request(path).header("Content-Type", "text/xml")
                .POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/autodiscover/autodiscover.xml", "/Autodiscover/Autodiscover.xml", "/AUTODISCOVER/AUTODISCOVER.XML"})
    void mobileSyncAnswerNamesTheEndpointAndThePrimaryAddress(String path) throws Exception {
        HttpResponse<byte[]> response = post(path, request("anna.k@example.org", MOBILESYNC_RESPONSE));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/xml; charset=utf-8");
        String xml = text(response);
        assertThat(xml).contains("<Response xmlns=\"" + MOBILESYNC_RESPONSE + "\">")
                .contains("<Culture>en:us</Culture>")
                .contains("<DisplayName>Anna Kovács</DisplayName>")
                .contains("<EMailAddress>anna@example.org</EMailAddress>")
                .contains("<Type>MobileSync</Type>")
                .contains("<Url>https://mail.example.org/Microsoft-Server-ActiveSync</Url>")
                .contains("<Name>https://mail.example.org/Microsoft-Server-ActiveSync</Name>");
    }

    @Test
    void mobileSyncAnswerValidatesAgainstTheXsd() throws Exception {
        Path corpus = Requirements.corpus();
        Requirements.tool("xmllint", "libxml2-utils");
        HttpResponse<byte[]> response = post("/autodiscover/autodiscover.xml", request("anna@example.org", MOBILESYNC_RESPONSE));
        HttpResponse<byte[]> error = post("/autodiscover/autodiscover.xml", request("anna@example.org", "urn:nothing"));
        for (HttpResponse<byte[]> answer : List.of(response, error)) {
            Path file = dataDir.resolve("autodiscover-" + answer.hashCode() + ".xml");
            Files.write(file, answer.body());
            Process validate = new ProcessBuilder("bash", corpus.resolve("validate.sh").toString(), file.toString())
                    .redirectErrorStream(true).start();
            String output = new String(validate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(validate.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(validate.exitValue()).as(output).isZero();
            assertThat(output).contains("VALID");
        }
    }

    @Test
    void outlookSchemaGetsTheSameUrlInTheOutlookForm() throws Exception {
        String xml = text(post("/autodiscover/autodiscover.xml", request("anna@example.org",
                "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a")));
        assertThat(xml).contains("outlook/responseschema/2006a")
                .contains("<AutoDiscoverSMTPAddress>anna@example.org</AutoDiscoverSMTPAddress>")
                .contains("<Type>MobileSync</Type>")
                .contains("<Server>https://mail.example.org/Microsoft-Server-ActiveSync</Server>");
    }

    @Test
    void unknownSchemaIsError601() throws Exception {
        HttpResponse<byte[]> response = post("/autodiscover/autodiscover.xml", request("anna@example.org", "urn:x"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(text(response)).contains("<ErrorCode>601</ErrorCode>").doesNotContain("MobileSync");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not xml", "<Autodiscover><Request><EMailAddress>a@b</EMailAddress></Request>",
            "<Other/>", "<Autodiscover><Request><AcceptableResponseSchema>x</AcceptableResponseSchema></Request></Autodiscover>"})
    void malformedRequestIsError600(String body) throws Exception {
        HttpResponse<byte[]> response = post("/autodiscover/autodiscover.xml", body);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(text(response)).contains("<ErrorCode>600</ErrorCode>");
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path secret = dataDir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE Autodiscover [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + request("&xxe;", MOBILESYNC_RESPONSE).substring(request("", "").indexOf("<Autodiscover"));
        HttpResponse<byte[]> response = post("/autodiscover/autodiscover.xml", xxe);
        assertThat(text(response)).contains("<ErrorCode>600</ErrorCode>").doesNotContain("TOP-SECRET");
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
                + "<Autodiscover><Request><EMailAddress>&b;</EMailAddress></Request></Autodiscover>";
        assertThat(text(post("/autodiscover/autodiscover.xml", bomb))).contains("<ErrorCode>600</ErrorCode>");
    }

    @Test
    void credentialsAreRequired() throws Exception {
        HttpResponse<byte[]> response = server.send(HttpRequest.newBuilder(server.uri("/autodiscover/autodiscover.xml"))
                .POST(BodyPublishers.ofString(request("anna@example.org", MOBILESYNC_RESPONSE))).build());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"pushbox\"");
        assertThat(response.body()).isEmpty();
    }

    @Test
    void getIsNotAllowed() throws Exception {
        HttpResponse<byte[]> response = server.send(server.request("/autodiscover/autodiscover.xml").GET().build());
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    }
}
