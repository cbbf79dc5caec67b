package org.pushbox.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.server.admin.PushboxRuntime;

/** {@code /admin/users/{login}/{kind}} on a started server: the token, import with its report, export. */
class AdminEndpointIT {

    static final String TOKEN = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path dir;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    HttpResponse<String> send(RunningServer server, String method, String path, String token, byte[] body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static byte[] fixture(String name) throws Exception {
        try (InputStream in = AdminEndpointIT.class.getResourceAsStream("/pim/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void importReportsPerEntryAndExportStreamsTheFolder() throws Exception {
        try (RunningServer server = RunningServer.start(dir, Map.of("admin.token", TOKEN),
                PushboxRuntime.NO_COMMANDS)) {
            HttpResponse<String> put = send(server, "PUT", "/admin/users/anna/calendar?zone=Europe/Berlin", TOKEN,
                    fixture("broken-calendar.ics"));
            assertThat(put.statusCode()).isEqualTo(200);
            assertThat(put.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
            assertThat(put.body()).startsWith("{\"imported\":2,\"added\":2,\"updated\":0,\"failed\":5,\"skipped\":0,")
                    .contains("{\"line\":11,\"message\":\"BEGIN:VEVENT without END:VEVENT\"}",
                            "{\"line\":21,\"message\":\"VEVENT: DTSTART: unknown time zone 'Mars/Olympus_Mons'");

            HttpResponse<String> contacts = send(server, "POST", "/admin/users/anna/contacts", TOKEN,
                    fixture("apple-contacts.vcf"));
            assertThat(contacts.body()).startsWith("{\"imported\":2,");

            HttpResponse<String> get = send(server, "GET", "/admin/users/anna/contacts?version=4.0", TOKEN, null);
            assertThat(get.statusCode()).isEqualTo(200);
            assertThat(get.headers().firstValue("Content-Type")).hasValue("text/vcard; charset=utf-8");
            assertThat(get.body()).contains("VERSION:4.0", "BDAY:--0315", "X-ABUID:5AD380FD");

            HttpResponse<String> ics = send(server, "GET", "/admin/users/anna/calendar", TOKEN, null);
            assertThat(ics.body()).contains("UID:good-1", "UID:good-2").endsWith("END:VCALENDAR\r\n");

            HttpResponse<String> nothing = send(server, "PUT", "/admin/users/anna/notes", TOKEN,
                    "BEGIN:VCALENDAR\r\nBEGIN:VJOURNAL\r\n".getBytes(StandardCharsets.UTF_8));
            assertThat(nothing.statusCode()).isEqualTo(422);
        }
    }

    @Test
    void refusals() throws Exception {
        try (RunningServer server = RunningServer.start(dir, Map.of("admin.token", TOKEN),
                PushboxRuntime.NO_COMMANDS)) {
            HttpResponse<String> noToken = send(server, "GET", "/admin/users/anna/contacts", null, null);
            assertThat(noToken.statusCode()).isEqualTo(401);
            assertThat(noToken.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            assertThat(send(server, "GET", "/admin/users/anna/contacts", TOKEN + "x", null).statusCode())
                    .isEqualTo(401);
            assertThat(send(server, "GET", "/admin/users/nobody/contacts", TOKEN, null).statusCode()).isEqualTo(404);
            assertThat(send(server, "GET", "/admin/users/anna/mail", TOKEN, null).statusCode()).isEqualTo(404);
            assertThat(send(server, "DELETE", "/admin/users/anna/contacts", TOKEN, null).statusCode())
                    .isEqualTo(405);
            assertThat(send(server, "GET", "/admin/users/anna/contacts?version=2.1", TOKEN, null).statusCode())
                    .isEqualTo(400);
            assertThat(send(server, "PUT", "/admin/users/anna/calendar?zone=Nowhere/Land", TOKEN, new byte[1])
                    .statusCode()).isEqualTo(400);
        }
    }

    @Test
    void withoutATokenTheEndpointDoesNotExist() throws Exception {
        try (RunningServer server = RunningServer.start(dir, Map.of(), PushboxRuntime.NO_COMMANDS)) {
            assertThat(send(server, "GET", "/admin/users/anna/contacts", "", null).statusCode()).isEqualTo(404);
            assertThat(send(server, "GET", "/admin/users/anna/contacts", TOKEN, null).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void bodiesAboveTheHttpLimitAreRefused() throws Exception {
        try (RunningServer server = RunningServer.start(dir, Map.of("admin.token", TOKEN,
                "http.max-body-size", "4k"), PushboxRuntime.NO_COMMANDS)) {
            assertThat(send(server, "PUT", "/admin/users/anna/contacts", TOKEN, new byte[8192]).statusCode())
                    .isEqualTo(413);
        }
    }
}
