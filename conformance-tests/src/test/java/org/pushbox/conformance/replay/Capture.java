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
 * A capture of the corpus ({@code corpus/devices/<name>/}): its exchanges in request order and the devices
 * that made them, read from the {@code NNN-Cmd.request/response.*} files. Some captures hold two devices
 * (of one account or of two); each exchange names its device, an OPTIONS request the device of the next.
 *
 * @param devices every DeviceId of the capture with its identity and the account (user) it signed in as
 * @param unanswered the requests the capture ended on while Exchange held them (never sent by the replay)
 */
record Capture(String name, Map<String, Device> devices, List<CapturedExchange> exchanges,
        List<CapturedExchange> unanswered) {

    /** One device of a capture: how it identifies itself and the account it uses (user name without domain). */
    record Device(DeviceIdentity identity, String user) {
    }

    private static final Set<String> LINE_FIELDS = Set.of("Cmd", "User", "DeviceId", "DeviceType");

    static Capture load(Path dir) {
        List<Path> metas;
        try (Stream<Path> files = Files.list(dir)) {
            metas = files.filter(p -> p.getFileName().toString().endsWith(".request.meta.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CapturedExchange> exchanges = new ArrayList<>();
        List<CapturedExchange> held = new ArrayList<>();
        Map<String, Device> devices = new LinkedHashMap<>();
        List<Integer> waiting = new ArrayList<>(); // OPTIONS before their device's next request
        for (Path meta : metas) {
            String stem = meta.getFileName().toString().replace(".request.meta.json", "");
            Map<String, Object> request = object(meta);
            Path answer = dir.resolve(stem + ".response.meta.json");
            if (!Files.exists(answer)) {
                // the capture ended while the server held this request (a Ping): nothing to compare, only
                // when it was sent (it may end an earlier Ping)
                if ("POST".equals(request.get("method"))) {
                    held.add(exchange(dir, stem, request, Map.of("status", 0.0), device(request).identity().deviceId()));
                }
                continue;
            }
            Map<String, Object> response = object(answer);
            String deviceId = null;
            if ("POST".equals(request.get("method"))) {
                Device device = device(request);
                deviceId = device.identity().deviceId();
                devices.putIfAbsent(deviceId, device);
            }
            exchanges.add(exchange(dir, stem, request, response, deviceId));
            if (deviceId == null) {
                waiting.add(exchanges.size() - 1);
            } else {
                for (int i : waiting) {
                    exchanges.set(i, exchanges.get(i).on(deviceId));
                }
                waiting.clear();
            }
        }
        if (devices.isEmpty()) {
            throw new IllegalStateException(dir + " has no POST request to take the device from");
        }
        String last = exchanges.stream().map(CapturedExchange::deviceId).filter(java.util.Objects::nonNull)
                .reduce((a, b) -> b).orElseThrow();
        for (int i : waiting) {
            exchanges.set(i, exchanges.get(i).on(last));
        }
        return new Capture(dir.getFileName().toString(), devices, List.copyOf(exchanges), List.copyOf(held));
    }

    /** The device of the capture's first request. */
    DeviceIdentity device() {
        return devices.values().iterator().next().identity();
    }

    private static CapturedExchange exchange(Path dir, String stem, Map<String, Object> request,
            Map<String, Object> response, String deviceId) {
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
        Map<String, Object> hop = map(map(request.get("captured_on_hop")).get("request"));
        java.time.Instant time = hop.get("time") instanceof Double seconds
                ? java.time.Instant.ofEpochMilli((long) (seconds * 1000)) : null;
        Map<String, Object> answer = map(map(request.get("captured_on_hop")).get("response"));
        java.time.Instant answered = answer.get("time") instanceof Double seconds
                ? java.time.Instant.ofEpochMilli((long) (seconds * 1000)) : null;
        return new CapturedExchange(number, command, time, answered, deviceId, params, headers, policyKey,
                bytes(dir.resolve(stem + ".request.wbxml")), status, bytes(dir.resolve(stem + ".response.wbxml")));
    }

    private static Device device(Map<String, Object> request) {
        Map<String, Object> query = map(request.get("query_params"));
        Map<String, Object> headers = map(request.get("selected_headers"));
        String id = (String) query.get("DeviceId");
        String type = (String) query.get("DeviceType");
        String agent = (String) headers.get("User-Agent");
        String user = user((String) query.get("User"));
        if ("plain".equals(request.get("query_form"))) {
            ProtocolVersion version = version((String) headers.get("MS-ASProtocolVersion"));
            return new Device(DeviceIdentity.plain(id, type, agent, version), user);
        }
        int locale = Integer.decode((String) query.get("Locale"));
        return new Device(new DeviceIdentity(id, type, agent, version((String) query.get("ProtocolVersion")),
                QueryForm.BASE64, locale), user);
    }

    /** {@code DOMAIN\\user}, {@code user@domain} and {@code user} name one account. */
    private static String user(String user) {
        if (user == null) {
            return "";
        }
        String u = user.substring(user.lastIndexOf('\\') + 1);
        int at = u.indexOf('@');
        return (at < 0 ? u : u.substring(0, at)).toLowerCase(java.util.Locale.ROOT);
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
