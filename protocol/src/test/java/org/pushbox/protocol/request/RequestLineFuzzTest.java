package org.pushbox.protocol.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The contract of the parser on hostile input: it returns an EasRequest or throws RequestLineException,
 * nothing else. Without JAZZER_FUZZ the saved inputs under RequestLineFuzzTestInputs/ replay as
 * regression tests; with JAZZER_FUZZ=1 (one method at a time, -Dtest=RequestLineFuzzTest#base64Form) it fuzzes.
 */
class RequestLineFuzzTest {

    private static final String ENDPOINT = "/Microsoft-Server-ActiveSync?";
    private static final String[] METHODS = {"POST", "POST", "OPTIONS", "GET"};
    private static final String[] VERSIONS = {"14.1", "12.1", "16.1", "2.5", "", null, "16.0", "14.0"};

    private final RequestLineParser parser = new RequestLineParser();

    /** Arbitrary bytes as a base64 blob; whatever parses must survive an encode/parse round trip unchanged. */
    @FuzzTest(maxDuration = "2m")
    void base64Form(byte[] blob) {
        EasRequest request = parseOrNull("POST", ENDPOINT + Base64.getEncoder().encodeToString(blob),
                RequestHeaders.empty());
        if (request == null) {
            return;
        }
        assertThat(request.queryForm()).isEqualTo(QueryForm.BASE64);
        if (request.parameters().values().values().stream().allMatch(v -> v.getBytes(StandardCharsets.UTF_8).length <= 255)) {
            EasRequest again = parseOrNull("POST", ENDPOINT + Base64RequestLine.encode(request), RequestHeaders.empty());
            assertThat(again).isEqualTo(request);
        }
    }

    /**
     * Byte 0 picks the method, byte 1 the MS-ASProtocolVersion header; the rest is the query as Latin-1 text,
     * optionally followed by a newline and an X-MS-PolicyKey value.
     */
    @FuzzTest(maxDuration = "2m")
    void plainForm(byte[] input) {
        if (input.length < 2) {
            return;
        }
        String method = METHODS[(input[0] & 0xFF) % METHODS.length];
        String version = VERSIONS[(input[1] & 0xFF) % VERSIONS.length];
        String rest = new String(Arrays.copyOfRange(input, 2, input.length), StandardCharsets.ISO_8859_1);
        int newline = rest.indexOf('\n');
        String query = newline < 0 ? rest : rest.substring(0, newline);
        List<String> headers = new ArrayList<>(List.of(RequestHeaders.USER_AGENT, "fuzz"));
        if (version != null) {
            headers.addAll(List.of(RequestHeaders.PROTOCOL_VERSION, version));
        }
        if (newline >= 0) {
            headers.addAll(List.of(RequestHeaders.POLICY_KEY, rest.substring(newline + 1)));
        }
        EasRequest request = parseOrNull(method, ENDPOINT + query, RequestHeaders.of(headers.toArray(String[]::new)));
        if (request != null && !request.isOptions()) {
            assertThat(request.deviceId()).matches("[A-Za-z0-9]{1,32}");
            assertThat(request.protocolVersion().isServed()).isTrue();
            assertThat(request.command().isAvailableIn(request.protocolVersion())).isTrue();
        }
    }

    /** Parses; a RequestLineException is a legitimate answer (null), any other throwable fails the fuzz run. */
    private EasRequest parseOrNull(String method, String target, RequestHeaders headers) {
        try {
            return parser.parse(method, target, headers);
        } catch (RequestLineException e) {
            assertThat(e.reason()).isNotNull();
            assertThat(e.field()).isNotEmpty();
            assertThat(e.getMessage()).doesNotContain("\n", "\r");
            return null;
        }
    }
}
