package org.pushbox.protocol.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pushbox.testing.Requirements;

/**
 * Every request the real devices of the corpus sent (Android, Samsung, iOS, Windows Phone 8 in base64 form)
 * goes through the parser, and what it yields is compared with the independently decoded query of the
 * capture's meta.json and with its headers.
 */
class CorpusRequestLineTest {

    private static final List<String> QUERY_FIELDS = List.of("Cmd", "User", "DeviceId", "DeviceType");

    private final RequestLineParser parser = new RequestLineParser();

    static Stream<Arguments> requests() throws IOException {
        Path devices = Requirements.corpus().resolve("devices");
        try (Stream<Path> files = Files.walk(devices)) {
            List<Arguments> cases = files.filter(f -> f.getFileName().toString().endsWith(".request.meta.json"))
                    .sorted()
                    .map(f -> Arguments.of(Named.of(devices.relativize(f).toString(), f)))
                    .toList();
            Requirements.require(!cases.isEmpty(), "no *.request.meta.json under " + devices);
            return cases.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("requests")
    void parsesLikeTheCapture(Path metaFile) throws Exception {
        Map<String, Object> meta = json(metaFile);
        String query = (String) meta.get("query");
        // The 2013 captures were taken behind a proxy that prefixed the path; path_normalized is what the device sent.
        String target = meta.get("path_normalized") + (query.isEmpty() ? "" : "?" + query);
        Map<String, Object> selected = map(meta.get("selected_headers"));

        EasRequest request = parser.parse((String) meta.get("method"), target, headers(meta));

        assertThat(request.userAgent()).isEqualTo(java.util.Optional.ofNullable((String) selected.get("User-Agent")));
        if ("OPTIONS".equals(meta.get("method"))) {
            checkOptions(request, meta, selected);
        } else if ("base64".equals(meta.get("query_form"))) {
            checkBase64(request, map(meta.get("query_params")));
        } else {
            checkPlain(request, map(meta.get("query_params")), selected);
        }
    }

    private static void checkOptions(EasRequest request, Map<String, Object> meta, Map<String, Object> selected) {
        assertThat(request.isOptions()).isTrue();
        assertThat(request.command()).isNull();
        Object params = meta.get("query_params");
        if (params != null) {
            assertThat(request.deviceId()).isEqualTo(map(params).get("DeviceId"));
            assertThat(request.deviceType()).isEqualTo(map(params).get("DeviceType"));
        } else {
            assertThat(request.queryForm()).isEqualTo(QueryForm.NONE);
        }
        String version = (String) selected.get("MS-ASProtocolVersion");
        assertThat(request.protocolVersion())
                .isEqualTo(version == null ? null : ProtocolVersion.fromHeader(version).orElseThrow());
        assertThat(request.policyKey()).isEqualTo(policyKey((String) selected.get("X-MS-PolicyKey")));
    }

    private static void checkPlain(EasRequest request, Map<String, Object> params, Map<String, Object> selected) {
        assertThat(request.queryForm()).isEqualTo(QueryForm.PLAIN);
        assertThat(request.command().commandName()).isEqualTo(params.get("Cmd"));
        assertThat(request.protocolVersion().headerValue()).isEqualTo(selected.get("MS-ASProtocolVersion"));
        assertThat(request.deviceId()).isEqualTo(params.get("DeviceId"));
        assertThat(request.deviceType()).isEqualTo(params.get("DeviceType"));
        assertThat(request.userHint()).contains((String) params.get("User"));
        assertThat(request.policyKey()).isEqualTo(policyKey((String) selected.get("X-MS-PolicyKey")));
        assertThat(request.acceptMultiPart()).isEqualTo("T".equals(selected.get("MS-ASAcceptMultiPart")));
        assertThat(request.locale()).isEmpty();
        Map<RequestParameter, String> expected = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (!QUERY_FIELDS.contains(name)) {
                expected.put(RequestParameter.byQueryName(name).orElseThrow(), (String) value);
            }
        });
        assertThat(request.parameters().values()).isEqualTo(expected);
    }

    private static void checkBase64(EasRequest request, Map<String, Object> params) {
        assertThat(request.queryForm()).isEqualTo(QueryForm.BASE64);
        assertThat(request.protocolVersion().headerValue()).isEqualTo(params.get("ProtocolVersion"));
        assertThat(request.command().commandName()).isEqualTo(params.get("Cmd"));
        assertThat((long) request.command().base64Code().orElseThrow()).isEqualTo(params.get("CommandCode"));
        assertThat(request.locale()).hasValue(Integer.decode((String) params.get("Locale")));
        assertThat(request.deviceId()).isEqualTo(params.get("DeviceId"));
        assertThat(request.deviceType()).isEqualTo(params.get("DeviceType"));
        assertThat(request.policyKey()).isEqualTo(policyKey((String) params.get("PolicyKey")));
        assertThat(request.parameters().values()).hasSize(((List<?>) params.get("Parameters")).size());
    }

    private static OptionalLong policyKey(String text) {
        return text == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(text));
    }

    private static RequestHeaders headers(Map<String, Object> meta) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Object pair : (List<?>) meta.get("headers")) {
            List<?> nameValue = (List<?>) pair;
            headers.computeIfAbsent((String) nameValue.get(0), n -> new ArrayList<>()).add((String) nameValue.get(1));
        }
        return RequestHeaders.of(headers);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static Map<String, Object> json(Path file) {
        try {
            return map(MiniJson.parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
