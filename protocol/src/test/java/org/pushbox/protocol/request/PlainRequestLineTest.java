package org.pushbox.protocol.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pushbox.protocol.request.Refusals.assertRefused;
import static org.pushbox.protocol.request.RequestLineException.Reason.BAD_DEVICE_ID;
import static org.pushbox.protocol.request.RequestLineException.Reason.BAD_DEVICE_TYPE;
import static org.pushbox.protocol.request.RequestLineException.Reason.BAD_HEADER;
import static org.pushbox.protocol.request.RequestLineException.Reason.BAD_PARAMETER;
import static org.pushbox.protocol.request.RequestLineException.Reason.BAD_POLICY_KEY;
import static org.pushbox.protocol.request.RequestLineException.Reason.COMMAND_NOT_IN_VERSION;
import static org.pushbox.protocol.request.RequestLineException.Reason.DUPLICATE_PARAMETER;
import static org.pushbox.protocol.request.RequestLineException.Reason.MALFORMED_QUERY;
import static org.pushbox.protocol.request.RequestLineException.Reason.MISSING_COMMAND;
import static org.pushbox.protocol.request.RequestLineException.Reason.MISSING_DEVICE_ID;
import static org.pushbox.protocol.request.RequestLineException.Reason.MISSING_DEVICE_TYPE;
import static org.pushbox.protocol.request.RequestLineException.Reason.MISSING_VERSION;
import static org.pushbox.protocol.request.RequestLineException.Reason.UNKNOWN_COMMAND;
import static org.pushbox.protocol.request.RequestLineException.Reason.UNSUPPORTED_VERSION;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class PlainRequestLineTest {

    private static final String PATH = "/Microsoft-Server-ActiveSync?";
    private static final String BASE = "Cmd=Sync&User=u&DeviceId=dev1&DeviceType=Phone";

    private final RequestLineParser parser = new RequestLineParser();

    private EasRequest post(String query, String... headers) throws RequestLineException {
        return parser.parse("POST", PATH + query, RequestHeaders.of(headers));
    }

    private EasRequest post141(String query) throws RequestLineException {
        return post(query, RequestHeaders.PROTOCOL_VERSION, "14.1");
    }

    /** Each command, with every parameter, in a shuffled order and with names and command in random case. */
    @ParameterizedTest
    @EnumSource(EasCommand.class)
    void parsesEveryCommandWithShuffledMixedCaseParameters(EasCommand command) throws Exception {
        Random random = new Random(command.ordinal());
        ProtocolVersion version = ProtocolVersion.served().stream().filter(command::isAvailableIn).findFirst()
                .orElseThrow();
        List<String> pairs = new ArrayList<>(List.of(
                randomCase(random, "Cmd") + "=" + randomCase(random, command.commandName()),
                randomCase(random, "User") + "=DOMAIN%5Cjane",
                randomCase(random, "DeviceId") + "=Ab12Cd34",
                randomCase(random, "DeviceType") + "=SAMSUNGSMG991B",
                randomCase(random, "SaveInSent") + "=T",
                randomCase(random, "AttachmentName") + "=7%3A2%3A0",
                randomCase(random, "CollectionId") + "=5",
                randomCase(random, "CollectionName") + "=New+Folder",
                randomCase(random, "ItemId") + "=5%3A12",
                randomCase(random, "LongId") + "=RgAAAAx%2Fy",
                randomCase(random, "ParentId") + "=0",
                randomCase(random, "Occurrence") + "=2024-01-02T03%3A04%3A05.000Z",
                "Unknown=ignored"));
        Collections.shuffle(pairs, random);

        EasRequest request = post(String.join("&", pairs), RequestHeaders.PROTOCOL_VERSION, version.headerValue(),
                RequestHeaders.POLICY_KEY, "3141592653", RequestHeaders.USER_AGENT, "Test/1.0");

        EasRequest expected = EasRequest.builder(command, version, "Ab12Cd34", "SAMSUNGSMG991B")
                .userHint("DOMAIN\\jane")
                .saveInSent(true)
                .policyKey(3141592653L)
                .parameter(RequestParameter.ATTACHMENT_NAME, "7:2:0")
                .parameter(RequestParameter.COLLECTION_ID, "5")
                .parameter(RequestParameter.COLLECTION_NAME, "New Folder")
                .parameter(RequestParameter.ITEM_ID, "5:12")
                .parameter(RequestParameter.LONG_ID, "RgAAAAx/y")
                .parameter(RequestParameter.PARENT_ID, "0")
                .parameter(RequestParameter.OCCURRENCE, "2024-01-02T03:04:05.000Z")
                .userAgent("Test/1.0")
                .queryForm(QueryForm.PLAIN)
                .build();
        assertThat(request).isEqualTo(expected);
    }

    private static String randomCase(Random random, String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return out.toString();
    }

    @Test
    void minimalRequestHasNoOptionalParts() throws Exception {
        EasRequest request = post141("DeviceType=iPad&DeviceId=ApplX1&Cmd=Ping");

        assertThat(request.command()).isEqualTo(EasCommand.PING);
        assertThat(request.userHint()).isEmpty();
        assertThat(request.policyKey()).isEmpty();
        assertThat(request.locale()).isEmpty();
        assertThat(request.userAgent()).isEmpty();
        assertThat(request.parameters().isEmpty()).isTrue();
        assertThat(request.saveInSent()).isFalse();
        assertThat(request.acceptMultiPart()).isFalse();
        assertThat(request.isOptions()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("endpointSpellings")
    void matchesThePathIgnoringCaseAndTrailingSlash(String path) throws Exception {
        EasRequest request = parser.parse("POST", path + "?" + BASE,
                RequestHeaders.of(RequestHeaders.PROTOCOL_VERSION, "12.1"));

        assertThat(request.command()).isEqualTo(EasCommand.SYNC);
    }

    static Stream<String> endpointSpellings() {
        return Stream.of("/Microsoft-Server-ActiveSync", "/microsoft-server-activesync", "/MICROSOFT-SERVER-ACTIVESYNC/",
                "/Microsoft-Server-ActiveSync/");
    }

    @Test
    void decodesPercentEscapesPlusAndUtf8() throws Exception {
        EasRequest request = post141(BASE.replace("User=u", "User=J%C3%A9r%C3%B4me+D") + "&ItemId=a%2Bb");

        assertThat(request.userHint()).contains("Jérôme D");
        assertThat(request.parameters().itemId()).contains("a+b");
    }

    @Test
    void toleratesEmptyPairsAndEmptyUser() throws Exception {
        EasRequest request = post141("&" + BASE.replace("User=u", "User=") + "&&");

        assertThat(request.userHint()).isEmpty();
        assertThat(request.deviceId()).isEqualTo("dev1");
    }

    @Test
    void readsEasHeaders() throws Exception {
        EasRequest request = post(BASE.replace("Sync", "ItemOperations"), "ms-asprotocolversion", "14.0",
                "x-ms-policykey", " 0 ", "MS-ASAcceptMultiPart", "T", "user-agent", "Apple-iPhone3C1/1104.257",
                "X-MS-PolicyKey", "0");

        assertThat(request.protocolVersion()).isEqualTo(ProtocolVersion.V14_0);
        assertThat(request.policyKey()).hasValue(0);
        assertThat(request.isProvisioned()).isFalse();
        assertThat(request.acceptMultiPart()).isTrue();
        assertThat(request.userAgent()).contains("Apple-iPhone3C1/1104.257");
    }

    @Test
    void blankPolicyKeyMeansAbsent() throws Exception {
        EasRequest request = post(BASE, RequestHeaders.PROTOCOL_VERSION, "14.1", RequestHeaders.POLICY_KEY, "");

        assertThat(request.policyKey()).isEmpty();
    }

    @Test
    void maximalPolicyKeyIsAccepted() throws Exception {
        EasRequest request = post(BASE, RequestHeaders.PROTOCOL_VERSION, "14.1", RequestHeaders.POLICY_KEY,
                "4294967295");

        assertThat(request.policyKey()).hasValue(0xFFFF_FFFFL);
        assertThat(request.isProvisioned()).isTrue();
    }

    static Stream<Arguments> malformedQueries() {
        return Stream.of(
                Arguments.of("", MISSING_COMMAND, "Cmd"),
                Arguments.of("User=u&DeviceId=d&DeviceType=t", MISSING_COMMAND, "Cmd"),
                Arguments.of("jA==AJBA", MISSING_COMMAND, "Cmd"),
                Arguments.of(BASE.replace("Cmd=Sync", "Cmd="), MISSING_COMMAND, "Cmd"),
                Arguments.of(BASE.replace("Sync", "Frobnicate"), UNKNOWN_COMMAND, "Cmd"),
                Arguments.of(BASE.replace("Sync", "%C5%BFync"), UNKNOWN_COMMAND, "Cmd"),
                Arguments.of(BASE + "&Cmd=Ping", DUPLICATE_PARAMETER, "Cmd"),
                Arguments.of(BASE + "&CMD=Sync", DUPLICATE_PARAMETER, "Cmd"),
                Arguments.of(BASE + "&deviceid=dev2", DUPLICATE_PARAMETER, "DeviceId"),
                Arguments.of(BASE + "&ItemId=1&itemid=1", DUPLICATE_PARAMETER, "ItemId"),
                Arguments.of("Cmd=Sync&DeviceType=t", MISSING_DEVICE_ID, "DeviceId"),
                Arguments.of(BASE.replace("dev1", ""), MISSING_DEVICE_ID, "DeviceId"),
                Arguments.of(BASE.replace("dev1", "dev-1"), BAD_DEVICE_ID, "DeviceId"),
                Arguments.of(BASE.replace("dev1", "d%C3%A9v"), BAD_DEVICE_ID, "DeviceId"),
                Arguments.of(BASE.replace("dev1", "a".repeat(33)), BAD_DEVICE_ID, "DeviceId"),
                Arguments.of("Cmd=Sync&DeviceId=d", MISSING_DEVICE_TYPE, "DeviceType"),
                Arguments.of(BASE.replace("Phone", "My%20Phone"), BAD_DEVICE_TYPE, "DeviceType"),
                Arguments.of(BASE.replace("Phone", "x".repeat(65)), BAD_DEVICE_TYPE, "DeviceType"),
                Arguments.of(BASE.replace("Phone", "Ph%ZZone"), MALFORMED_QUERY, "DeviceType"),
                Arguments.of(BASE.replace("u&", "u%4&"), MALFORMED_QUERY, "User"),
                Arguments.of(BASE.replace("u&", "u%C3%28&"), MALFORMED_QUERY, "User"),
                Arguments.of(BASE.replace("u&", "u%C0%AF&"), MALFORMED_QUERY, "User"),
                Arguments.of(BASE.replace("u&", "\u00e9&"), MALFORMED_QUERY, "User"),
                Arguments.of(BASE.replace("u&", "a b&"), MALFORMED_QUERY, "User"),
                Arguments.of(BASE + "&%FF=1", MALFORMED_QUERY, "query"),
                Arguments.of(BASE + "&flag", MALFORMED_QUERY, "query"),
                Arguments.of(BASE + "&SaveInSent=yes", BAD_PARAMETER, "SaveInSent"),
                Arguments.of(BASE + "&ItemId=", BAD_PARAMETER, "ItemId"),
                Arguments.of(BASE + "&ItemId=a%0Ab", BAD_PARAMETER, "ItemId"),
                Arguments.of(BASE.replace("User=u", "User=u%00"), BAD_PARAMETER, "User"),
                Arguments.of(BASE.replace("Sync", "GetAttachment") + "&AttachmentName=1", COMMAND_NOT_IN_VERSION,
                        "Cmd"),
                Arguments.of(BASE.replace("Sync", "Find"), COMMAND_NOT_IN_VERSION, "Cmd"));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @MethodSource("malformedQueries")
    void refusesMalformedQueries(String query, RequestLineException.Reason reason, String field) {
        assertRefused(() -> post141(query), reason, field);
    }

    static Stream<Arguments> badHeaders() {
        return Stream.of(
                Arguments.of(List.of(), MISSING_VERSION, "MS-ASProtocolVersion"),
                Arguments.of(List.of("MS-ASProtocolVersion", "2.5"), UNSUPPORTED_VERSION, "MS-ASProtocolVersion"),
                Arguments.of(List.of("MS-ASProtocolVersion", "12.0"), UNSUPPORTED_VERSION, "MS-ASProtocolVersion"),
                Arguments.of(List.of("MS-ASProtocolVersion", "15.0"), UNSUPPORTED_VERSION, "MS-ASProtocolVersion"),
                Arguments.of(List.of("MS-ASProtocolVersion", "14"), UNSUPPORTED_VERSION, "MS-ASProtocolVersion"),
                Arguments.of(List.of("MS-ASProtocolVersion", "14.1", "MS-ASProtocolVersion", "14.0"), BAD_HEADER,
                        "MS-ASProtocolVersion"),
                Arguments.of(List.of("MS-ASProtocolVersion", "14.1", "X-MS-PolicyKey", "abc"), BAD_POLICY_KEY,
                        "X-MS-PolicyKey"),
                Arguments.of(List.of("MS-ASProtocolVersion", "14.1", "X-MS-PolicyKey", "-1"), BAD_POLICY_KEY,
                        "X-MS-PolicyKey"),
                Arguments.of(List.of("MS-ASProtocolVersion", "14.1", "X-MS-PolicyKey", "4294967296"), BAD_POLICY_KEY,
                        "X-MS-PolicyKey"),
                Arguments.of(List.of("MS-ASProtocolVersion", "14.1", "X-MS-PolicyKey", "99999999999999999999"),
                        BAD_POLICY_KEY, "X-MS-PolicyKey"),
                Arguments.of(List.of("MS-ASProtocolVersion", "14.1", "X-MS-PolicyKey", "1", "X-MS-PolicyKey", "2"),
                        BAD_POLICY_KEY, "X-MS-PolicyKey"),
                Arguments.of(List.of("MS-ASProtocolVersion", "14.1", "MS-ASAcceptMultiPart", "yes"), BAD_HEADER,
                        "MS-ASAcceptMultiPart"),
                Arguments.of(List.of("MS-ASProtocolVersion", "14.1", "User-Agent", "u".repeat(513)), BAD_HEADER,
                        "User-Agent"));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @MethodSource("badHeaders")
    void refusesBadHeaders(List<String> headers, RequestLineException.Reason reason, String field) {
        assertRefused(() -> post(BASE, headers.toArray(String[]::new)), reason, field);
    }

    @Test
    void refusalsCarryContextAndStatuses() {
        RequestLineException notInVersion = assertRefused(
                () -> post(BASE.replace("Sync", "GetAttachment"), RequestHeaders.PROTOCOL_VERSION, "14.0"),
                COMMAND_NOT_IN_VERSION, "Cmd");
        RequestLineException noType = assertRefused(() -> post141("Cmd=Settings&DeviceId=d"), MISSING_DEVICE_TYPE,
                "DeviceType");
        RequestLineException noVersion = assertRefused(() -> post(BASE), MISSING_VERSION, "MS-ASProtocolVersion");

        assertThat(notInVersion.command()).contains(EasCommand.GET_ATTACHMENT);
        assertThat(notInVersion.protocolVersion()).contains(ProtocolVersion.V14_0);
        assertThat(notInVersion.reason().easStatus()).hasValue(138);
        assertThat(notInVersion.reason().httpStatus()).isEqualTo(400);
        assertThat(noType.command()).contains(EasCommand.SETTINGS);
        assertThat(noType.reason().easStatus()).hasValue(109);
        assertThat(noVersion.command()).contains(EasCommand.SYNC);
        assertThat(noVersion.protocolVersion()).isEmpty();
        assertThat(noVersion.getMessage()).startsWith("MS-ASProtocolVersion: ");
    }

    @Test
    void quotesHostileValuesInMessages() {
        RequestLineException e = assertRefused(() -> post141(BASE.replace("dev1", "x%0D%0AFAKE+LOG")),
                BAD_DEVICE_ID, "DeviceId");

        assertThat(e.getMessage()).doesNotContain("\n", "\r").contains("\\u000D\\u000AFAKE LOG");
    }
}
