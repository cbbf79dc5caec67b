package org.pushbox.protocol.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pushbox.protocol.request.Refusals.assertRefused;
import static org.pushbox.protocol.request.RequestLineException.Reason.METHOD_NOT_ALLOWED;
import static org.pushbox.protocol.request.RequestLineException.Reason.METHOD_NOT_IMPLEMENTED;
import static org.pushbox.protocol.request.RequestLineException.Reason.NOT_FOUND;
import static org.pushbox.protocol.request.RequestLineException.Reason.QUERY_TOO_LONG;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTTP side of the request line: path, method, length bound, and OPTIONS. */
class HttpRequestLineTest {

    private static final String ENDPOINT = "/Microsoft-Server-ActiveSync";

    private final RequestLineParser parser = new RequestLineParser();

    @ParameterizedTest
    @ValueSource(strings = {"/", "", "/Microsoft-Server-ActiveSyncX", "/Microsoft-Server-ActiveSync//",
            "/proxy/Microsoft-Server-ActiveSync", "/Microsoft-Server-ActiveSync/Sync", "Microsoft-Server-ActiveSync",
            "/Microsoft%2DServer-ActiveSync", "http://host/Microsoft-Server-ActiveSync"})
    void refusesOtherPaths(String path) {
        assertRefused(() -> parser.parse("POST", path + "?Cmd=Sync", RequestHeaders.empty()), NOT_FOUND, "path");
        assertThat(NOT_FOUND.httpStatus()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "PUT", "DELETE", "PATCH", "TRACE", "CONNECT"})
    void refusesOtherHttpMethodsWith405(String method) {
        assertRefused(() -> parser.parse(method, ENDPOINT, RequestHeaders.empty()), METHOD_NOT_ALLOWED, "method");
        assertThat(METHOD_NOT_ALLOWED.httpStatus()).isEqualTo(405);
    }

    @ParameterizedTest
    @ValueSource(strings = {"post", "Options", "PROPFIND", "", "P\nOST"})
    void refusesUnknownMethodsWith501(String method) {
        assertRefused(() -> parser.parse(method, ENDPOINT, RequestHeaders.empty()), METHOD_NOT_IMPLEMENTED, "method");
        assertThat(METHOD_NOT_IMPLEMENTED.httpStatus()).isEqualTo(501);
    }

    @Test
    void boundsTheQueryLength() throws Exception {
        String fits = "Cmd=Sync&DeviceId=d&DeviceType=t&X=" + "a".repeat(RequestLineParser.MAX_QUERY_LENGTH - 35);
        assertThat(fits).hasSize(RequestLineParser.MAX_QUERY_LENGTH);
        RequestHeaders headers = RequestHeaders.of(RequestHeaders.PROTOCOL_VERSION, "14.1");

        assertThat(parser.parse("POST", ENDPOINT + "?" + fits, headers).command()).isEqualTo(EasCommand.SYNC);
        assertRefused(() -> parser.parse("POST", ENDPOINT + "?" + fits + "a", headers), QUERY_TOO_LONG, "query");
        assertRefused(() -> parser.parse("OPTIONS", ENDPOINT + "?" + fits + "a", headers), QUERY_TOO_LONG, "query");
        assertThat(QUERY_TOO_LONG.httpStatus()).isEqualTo(414);
    }

    @Test
    void optionsNeedsNoQueryAndNoVersion() throws Exception {
        EasRequest request = parser.parse("OPTIONS", ENDPOINT, RequestHeaders.of(RequestHeaders.POLICY_KEY, "0",
                RequestHeaders.USER_AGENT, "Apple-iPad3C1/1002.141"));

        assertThat(request.isOptions()).isTrue();
        assertThat(request.method()).isEqualTo(RequestMethod.OPTIONS);
        assertThat(request.command()).isNull();
        assertThat(request.protocolVersion()).isNull();
        assertThat(request.deviceId()).isNull();
        assertThat(request.queryForm()).isEqualTo(QueryForm.NONE);
        assertThat(request.policyKey()).hasValue(0);
        assertThat(request.userAgent()).contains("Apple-iPad3C1/1002.141");
    }

    /** The Galaxy S2 set-up sends a full plain query with Cmd=OPTIONS and version 2.5. */
    @Test
    void optionsKeepsWhatAPlainQueryVolunteers() throws Exception {
        EasRequest request = parser.parse("OPTIONS", ENDPOINT.toLowerCase() + "/?Cmd=OPTIONS&User=a%40b&DeviceId=validate"
                + "&DeviceType=SAMSUNGGTI9100", RequestHeaders.of(RequestHeaders.PROTOCOL_VERSION, "2.5"));

        assertThat(request.queryForm()).isEqualTo(QueryForm.PLAIN);
        assertThat(request.protocolVersion()).isEqualTo(ProtocolVersion.V2_5);
        assertThat(request.deviceId()).isEqualTo("validate");
        assertThat(request.deviceType()).isEqualTo("SAMSUNGGTI9100");
        assertThat(request.userHint()).contains("a@b");
    }

    @Test
    void optionsDropsWhatDoesNotPassInsteadOfFailing() throws Exception {
        EasRequest request = parser.parse("OPTIONS", ENDPOINT + "?Cmd=Sync&DeviceId=bad-id&DeviceType=a%20b&User=%00",
                RequestHeaders.of(RequestHeaders.PROTOCOL_VERSION, "99.9", RequestHeaders.POLICY_KEY, "x",
                        RequestHeaders.USER_AGENT, "u".repeat(600)));

        assertThat(request.isOptions()).isTrue();
        assertThat(request.protocolVersion()).isNull();
        assertThat(request.deviceId()).isNull();
        assertThat(request.deviceType()).isNull();
        assertThat(request.userHint()).isEmpty();
        assertThat(request.policyKey()).isEmpty();
        assertThat(request.userAgent()).isEmpty();
    }

    @Test
    void optionsWithAnUndecodableQueryStillSucceeds() throws Exception {
        EasRequest request = parser.parse("OPTIONS", ENDPOINT + "?%ZZ!", RequestHeaders.empty());

        assertThat(request.isOptions()).isTrue();
        assertThat(request.queryForm()).isEqualTo(QueryForm.NONE);
    }

    @Test
    void optionsReadsABase64Query() throws Exception {
        EasRequest request = parser.parse("OPTIONS", ENDPOINT + "?jAAJBAp2MTQwRGV2aWNlAApTbWFydFBob25l",
                RequestHeaders.empty());

        assertThat(request.queryForm()).isEqualTo(QueryForm.BASE64);
        assertThat(request.protocolVersion()).isEqualTo(ProtocolVersion.V14_0);
        assertThat(request.deviceId()).isEqualTo("v140Device");
        assertThat(request.locale()).hasValue(0x0409);
        assertThat(request.command()).isNull();
    }
}
