package org.pushbox.conformance.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.pushbox.conformance.client.DeviceIdentity;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.request.QueryForm;

/**
 * A capture of the corpus ({@code corpus/devices/<name>/}): its exchanges in request order and the device
 * that made them, read from the {@code NNN-Cmd.request/response.*} files.
 */
record Capture(String name, DeviceIdentity device, List<CapturedExchange> exchanges) {

    private static final Set<String> LINE_FIELDS = Set.of("Cmd", "User", "DeviceId", "DeviceType");

    static Capture load(Path dir) {
        List<Path> metas;
        try (Stream<Path> files = Files.list(dir)) {
            metas = files.filter(p -> p.getFileName().toString().endsWith(".request.meta.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CapturedExchange> exchanges = new ArrayList<>();
        DeviceIdentity device = null;
        for (Path meta : metas) {
            String stem = meta.getFileName().toString().replace(".request.meta.json", "");
            Map<String, Object> request = object(meta);
            Path answer = dir.resolve(stem + ".response.meta.json");
            if (!Files.exists(answer)) {
                continue; // the capture ended while the server held this request (a Ping): nothing to compare
            }
            Map<String, Object> response = object(answer);
            if (device == null && "POST".equals(request.get("method"))) {
                device = device(request);
            }
            exchanges.add(exchange(dir, stem, request, response));
        }
        if (device == null) {
            throw new IllegalStateException(dir + " has no POST request to take the device from");
        }
        return new Capture(dir.getFileName().toString(), device, List.copyOf(exchanges));
    }

    private static CapturedExchange exchange(Path dir, String stem, Map<String, Object> request,
            Map<String, Object> response) {
        int number = Integer.parseInt(stem.substring(0, 3));
        String command = stem.substring(4);
        Map<String, String> params = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        Optional<String> policyKey = Optional.empty();
        if ("POST".equals(request.get("method"))) {
            Map<String, Object> query = map(request.get("query_params"));
            if ("plain".equals(request.get("query_form"))) {
                query.forEach((k, v) -> {
                    if (!LINE_FIELDS.contains(k) && v instanceof String s) {
                        params.put(k, s);
                    }
                });
            }
            map(request.get("selected_headers")).forEach((k, v) -> {
                if (v instanceof String s) {
                    headers.put(k, s);
                }
            });
            Object key = "plain".equals(request.get("query_form")) ? headers.get("X-MS-PolicyKey") : query.get("PolicyKey");
            policyKey = Optional.ofNullable((String) key);
        }
        int status = ((Double) response.get("status")).intValue();
        return new CapturedExchange(number, command, params, headers, policyKey,
                bytes(dir.resolve(stem + ".request.wbxml")), status, bytes(dir.resolve(stem + ".response.wbxml")));
    }

    private static DeviceIdentity device(Map<String, Object> request) {
        Map<String, Object> query = map(request.get("query_params"));
        Map<String, Object> headers = map(request.get("selected_headers"));
        String id = (String) query.get("DeviceId");
        String type = (String) query.get("DeviceType");
        String agent = (String) headers.get("User-Agent");
        if ("plain".equals(request.get("query_form"))) {
            ProtocolVersion version = version((String) headers.get("MS-ASProtocolVersion"));
            return DeviceIdentity.plain(id, type, agent, version);
        }
        int locale = Integer.decode((String) query.get("Locale"));
        return new DeviceIdentity(id, type, agent, version((String) query.get("ProtocolVersion")), QueryForm.BASE64,
                locale);
    }

    private static ProtocolVersion version(String value) {
        return ProtocolVersion.fromHeader(value).orElseThrow(() -> new IllegalStateException("version " + value));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    private static Map<String, Object> object(Path file) {
        try {
            return map(Json.parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.exists(file) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
