package org.pushbox.protocol.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pushbox.protocol.request.Refusals.assertRefused;
import static org.pushbox.protocol.request.Refusals.base64;
import static org.pushbox.protocol.request.Refusals.blob;
import static org.pushbox.protocol.request.RequestLineException.Reason.BAD_DEVICE_ID;
import static org.pushbox.protocol.request.RequestLineException.Reason.BAD_DEVICE_TYPE;
import static org.pushbox.protocol.request.RequestLineException.Reason.BAD_PARAMETER;
import static org.pushbox.protocol.request.RequestLineException.Reason.BAD_POLICY_KEY;
import static org.pushbox.protocol.request.RequestLineException.Reason.COMMAND_NOT_IN_VERSION;
import static org.pushbox.protocol.request.RequestLineException.Reason.DUPLICATE_PARAMETER;
import static org.pushbox.protocol.request.RequestLineException.Reason.MALFORMED_BASE64;
import static org.pushbox.protocol.request.RequestLineException.Reason.MISSING_DEVICE_ID;
import static org.pushbox.protocol.request.RequestLineException.Reason.MISSING_DEVICE_TYPE;
import static org.pushbox.protocol.request.RequestLineException.Reason.TRUNCATED;
import static org.pushbox.protocol.request.RequestLineException.Reason.UNKNOWN_COMMAND;
import static org.pushbox.protocol.request.RequestLineException.Reason.UNKNOWN_PARAMETER_TAG;
import static org.pushbox.protocol.request.RequestLineException.Reason.UNSUPPORTED_VERSION;

import java.util.HexFormat;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Base64RequestLineTest {

    private static final String PATH = "/Microsoft-Server-ActiveSync?";
    /** The worked example of MS-ASHTTP: 14.0, Sync, en-US, DeviceId v140Device, no policy key, SmartPhone. */
    private static final String SPEC_EXAMPLE = "jAAJBAp2MTQwRGV2aWNlAApTbWFydFBob25l";

    private final RequestLineParser parser = new RequestLineParser();

    private EasRequest parse(String query) throws RequestLineException {
        return parser.parse("POST", PATH + query, RequestHeaders.empty());
    }

    private EasRequest parse(byte[] blob) throws RequestLineException {
        return parse(base64(blob));
    }

    @Test
    void decodesTheSpecificationExample() throws Exception {
        EasRequest request = parse(SPEC_EXAMPLE);

        assertThat(request.queryForm()).isEqualTo(QueryForm.BASE64);
        assertThat(request.protocolVersion()).isEqualTo(ProtocolVersion.V14_0);
        assertThat(request.command()).isEqualTo(EasCommand.SYNC);
        assertThat(request.locale()).hasValue(0x0409);
        assertThat(request.deviceId()).isEqualTo("v140Device");
        assertThat(request.policyKey()).isEmpty();
        assertThat(request.isProvisioned()).isFalse();
        assertThat(request.deviceType()).isEqualTo("SmartPhone");
        assertThat(request.parameters().isEmpty()).isTrue();
        assertThat(request.userHint()).isEmpty();
        assertThat(request.saveInSent()).isFalse();
        assertThat(request.acceptMultiPart()).isFalse();
    }

    @Test
    void encodesTheSpecificationExampleExactly() {
        EasRequest request = EasRequest.builder(EasCommand.SYNC, ProtocolVersion.V14_0, "v140Device", "SmartPhone")
                .locale(0x0409).build();

        assertThat(Base64RequestLine.encode(request)).isEqualTo(SPEC_EXAMPLE);
    }

    /** Every tag, a policy key and both option bits: exact bytes, and decoding gives back the same request. */
    @Test
    void encodesAndDecodesEveryParameterTag() throws Exception {
        EasRequest request = EasRequest.builder(EasCommand.SMART_REPLY, ProtocolVersion.V14_1, "Dev1", "Phone")
                .locale(0x040C)
                .policyKey(0x12345678L)
                .parameter(RequestParameter.ATTACHMENT_NAME, "a.b")
                .parameter(RequestParameter.COLLECTION_ID, "5")
                .parameter(RequestParameter.COLLECTION_NAME, "New")
                .parameter(RequestParameter.ITEM_ID, "5:1")
                .parameter(RequestParameter.LONG_ID, "L1")
                .parameter(RequestParameter.PARENT_ID, "0")
                .parameter(RequestParameter.OCCURRENCE, "2024-01-02T03:04:05.000Z")
                .saveInSent(true)
                .acceptMultiPart(true)
                .userHint("jane")
                .queryForm(QueryForm.BASE64)
                .build();

        byte[] expected = blob(0x8D, 3, 0x0C, 0x04, 4, "Dev1", 4, 0x78, 0x56, 0x34, 0x12, 5, "Phone",
                0, 3, "a.b", 1, 1, "5", 2, 3, "New", 3, 3, "5:1", 4, 2, "L1", 5, 1, "0",
                6, 24, "2024-01-02T03:04:05.000Z", 7, 1, 0x03, 8, 4, "jane");
        assertThat(HexFormat.of().formatHex(Base64RequestLine.encodeBytes(request)))
                .isEqualTo(HexFormat.of().formatHex(expected));
        assertThat(parse(Base64RequestLine.encode(request))).isEqualTo(request);
    }

    @Test
    void parametersMayComeInAnyOrder() throws Exception {
        EasRequest request = parse(blob(0x79, 2, 9, 4, 1, "d", 0, 1, "t", 8, 1, "u", 7, 1, 1, 3, 2, "42", 1, 1, "7"));

        assertThat(request.command()).isEqualTo(EasCommand.SMART_FORWARD);
        assertThat(request.protocolVersion()).isEqualTo(ProtocolVersion.V12_1);
        assertThat(request.parameters().itemId()).contains("42");
        assertThat(request.parameters().collectionId()).contains("7");
        assertThat(request.saveInSent()).isTrue();
        assertThat(request.acceptMultiPart()).isFalse();
        assertThat(request.userHint()).contains("u");
    }

    @Test
    void binaryDeviceIdBecomesUpperCaseHex() throws Exception {
        byte[] guid = HexFormat.of().parseHex("00112233445566778899aabbccddeeff");

        EasRequest request = parse(blob(0x8C, 0, 0x0C, 0x04, 16, guid, 4, 1, 0, 0, 0, 3, "WP8"));

        assertThat(request.deviceId()).isEqualTo("00112233445566778899AABBCCDDEEFF");
        assertThat(request.policyKey()).hasValue(1);
        assertThat(request.locale()).hasValue(0x040C);
    }

    @Test
    void textualDeviceIdIsTheSameInBothForms() throws Exception {
        EasRequest base64Form = parse(blob(0x8C, 9, 9, 4, 8, "Appl1234", 0, 4, "iPad"));
        EasRequest plainForm = parser.parse("POST", PATH + "Cmd=FolderSync&DeviceId=Appl1234&DeviceType=iPad",
                RequestHeaders.of(RequestHeaders.PROTOCOL_VERSION, "14.0"));

        assertThat(base64Form.deviceId()).isEqualTo(plainForm.deviceId()).isEqualTo("Appl1234");
    }

    @Test
    void policyKeyZeroIsPresentButNotProvisioned() throws Exception {
        EasRequest request = parse(blob(0x8C, 20, 9, 4, 1, "d", 4, 0, 0, 0, 0, 1, "t"));

        assertThat(request.policyKey()).hasValue(0);
        assertThat(request.isProvisioned()).isFalse();
    }

    @Test
    void policyKeyIsUnsigned() throws Exception {
        EasRequest request = parse(blob(0x8C, 0, 9, 4, 1, "d", 4, 0xFF, 0xFF, 0xFF, 0xFF, 1, "t"));

        assertThat(request.policyKey()).hasValue(0xFFFF_FFFFL);
        assertThat(Base64RequestLine.encodeBytes(request)).containsSubsequence(new byte[] {4, -1, -1, -1, -1});
    }

    /** Some clients percent-escape + / = ; the blob must decode the same either way. */
    @Test
    void acceptsPercentEscapedBase64() throws Exception {
        byte[] blob = blob(0x8C, 0, 9, 4, 3, 0xFB, 0xFF, 0xE0, 0, 1, "T");
        String text = base64(blob);
        assertThat(text).contains("+", "/").endsWith("=");

        EasRequest escaped = parse(text.replace("+", "%2B").replace("/", "%2f").replace("=", "%3D"));

        assertThat(escaped).isEqualTo(parse(text));
        assertThat(escaped.deviceId()).isEqualTo("FBFFE0");
    }

    @Test
    void acceptsMissingPadding() throws Exception {
        byte[] blob = blob(0x8C, 0, 9, 4, 3, 0xFB, 0xFF, 0xE0, 0, 1, "T");

        assertThat(parse(base64(blob).replace("=", ""))).isEqualTo(parse(blob));
    }

    @Test
    void ignoresEasHeadersInBase64Form() throws Exception {
        RequestHeaders headers = RequestHeaders.of(RequestHeaders.PROTOCOL_VERSION, "12.1",
                RequestHeaders.POLICY_KEY, "777", RequestHeaders.ACCEPT_MULTIPART, "T", RequestHeaders.USER_AGENT, "ua");

        EasRequest request = parser.parse("POST", PATH + SPEC_EXAMPLE, headers);

        assertThat(request.protocolVersion()).isEqualTo(ProtocolVersion.V14_0);
        assertThat(request.policyKey()).isEmpty();
        assertThat(request.acceptMultiPart()).isFalse();
        assertThat(request.userAgent()).contains("ua");
    }

    @Test
    void encoderRefusesWhatTheFormCannotCarry() {
        EasRequest legacy = EasRequest.builder(EasCommand.GET_HIERARCHY, ProtocolVersion.V12_1, "d", "t").build();
        EasRequest options = EasRequest.optionsBuilder(null, null, null).build();
        EasRequest longValue = EasRequest.builder(EasCommand.SYNC, ProtocolVersion.V14_1, "d", "t")
                .parameter(RequestParameter.ITEM_ID, "x".repeat(256)).build();

        assertThatThrownBy(() -> Base64RequestLine.encode(legacy)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Base64RequestLine.encode(options)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Base64RequestLine.encode(longValue)).isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<Arguments> malformedBlobs() {
        byte[] guid17 = new byte[17];
        return Stream.of(
                Arguments.of("version only", blob(0x8C), TRUNCATED, "Cmd"),
                Arguments.of("half a locale", blob(0x8C, 0, 9), TRUNCATED, "Locale"),
                Arguments.of("no DeviceId length", blob(0x8C, 0, 9, 4), TRUNCATED, "DeviceId"),
                Arguments.of("short DeviceId", blob(0x8C, 0, 9, 4, 10, "abc"), TRUNCATED, "DeviceId"),
                Arguments.of("no policy key length", blob(0x8C, 0, 9, 4, 1, "d"), TRUNCATED, "PolicyKey"),
                Arguments.of("short policy key", blob(0x8C, 0, 9, 4, 1, "d", 4, 1, 2), TRUNCATED, "PolicyKey"),
                Arguments.of("no DeviceType", blob(0x8C, 0, 9, 4, 1, "d", 0), TRUNCATED, "DeviceType"),
                Arguments.of("short DeviceType", blob(0x8C, 0, 9, 4, 1, "d", 0, 5, "ab"), TRUNCATED, "DeviceType"),
                Arguments.of("unknown version byte", blob(99, 0, 9, 4, 1, "d", 0, 1, "t"), UNSUPPORTED_VERSION,
                        "ProtocolVersion"),
                Arguments.of("version 2.5", blob(25, 0, 9, 4, 1, "d", 0, 1, "t"), UNSUPPORTED_VERSION,
                        "ProtocolVersion"),
                Arguments.of("version 12.0", blob(120, 0, 9, 4, 1, "d", 0, 1, "t"), UNSUPPORTED_VERSION,
                        "ProtocolVersion"),
                Arguments.of("unassigned command code 5", blob(0x8C, 5, 9, 4, 1, "d", 0, 1, "t"), UNKNOWN_COMMAND, "Cmd"),
                Arguments.of("command code 24", blob(0x8C, 24, 9, 4, 1, "d", 0, 1, "t"), UNKNOWN_COMMAND, "Cmd"),
                Arguments.of("GetAttachment in 14.0", blob(0x8C, 4, 9, 4, 1, "d", 0, 1, "t"), COMMAND_NOT_IN_VERSION,
                        "Cmd"),
                Arguments.of("Find in 16.0", blob(0xA0, 23, 9, 4, 1, "d", 0, 1, "t"), COMMAND_NOT_IN_VERSION, "Cmd"),
                Arguments.of("empty DeviceId", blob(0x8C, 0, 9, 4, 0, 0, 1, "t"), MISSING_DEVICE_ID, "DeviceId"),
                Arguments.of("17-byte binary DeviceId", blob(0x8C, 0, 9, 4, 17, guid17, 0, 1, "t"), BAD_DEVICE_ID,
                        "DeviceId"),
                Arguments.of("33-char DeviceId", blob(0x8C, 0, 9, 4, 33, "a".repeat(33), 0, 1, "t"), BAD_DEVICE_ID,
                        "DeviceId"),
                Arguments.of("policy key length 3", blob(0x8C, 0, 9, 4, 1, "d", 3, 1, 2, 3, 1, "t"), BAD_POLICY_KEY,
                        "PolicyKey"),
                Arguments.of("policy key length 8", blob(0x8C, 0, 9, 4, 1, "d", 8, new byte[8], 1, "t"),
                        BAD_POLICY_KEY, "PolicyKey"),
                Arguments.of("empty DeviceType", blob(0x8C, 0, 9, 4, 1, "d", 0, 0), MISSING_DEVICE_TYPE, "DeviceType"),
                Arguments.of("non-ASCII DeviceType", blob(0x8C, 0, 9, 4, 1, "d", 0, 2, 0xC3, 0xA9), BAD_DEVICE_TYPE,
                        "DeviceType"),
                Arguments.of("DeviceType with a space", blob(0x8C, 0, 9, 4, 1, "d", 0, 3, "a b"), BAD_DEVICE_TYPE,
                        "DeviceType"),
                Arguments.of("unknown tag", blob(0x8C, 0, 9, 4, 1, "d", 0, 1, "t", 9, 1, "x"), UNKNOWN_PARAMETER_TAG,
                        "parameter tag"),
                Arguments.of("trailing tag byte", blob(0x8C, 0, 9, 4, 1, "d", 0, 1, "t", 3), TRUNCATED, "ItemId"),
                Arguments.of("truncated value", blob(0x8C, 0, 9, 4, 1, "d", 0, 1, "t", 3, 5, "ab"), TRUNCATED, "ItemId"),
                Arguments.of("trailing garbage", blob(0x8C, 0, 9, 4, 1, "d", 0, 1, "t", 0xFF), UNKNOWN_PARAMETER_TAG,
                        "parameter tag"),
                Arguments.of("duplicate tag", blob(0x8C, 0, 9, 4, 1, "d", 0, 1, "t", 3, 1, "a", 3, 1, "b"),
                        DUPLICATE_PARAMETER, "ItemId"),
                Arguments.of("two-byte Options", blob(0x8C, 0, 9, 4, 1, "d", 0, 1, "t", 7, 2, 1, 0), BAD_PARAMETER,
                        "Options"),
                Arguments.of("empty Options", blob(0x8C, 0, 9, 4, 1, "d", 0, 1, "t", 7, 0), BAD_PARAMETER, "Options"),
                Arguments.of("ItemId not UTF-8", blob(0x8C, 0, 9, 4, 1, "d", 0, 1, "t", 3, 1, 0xFF), BAD_PARAMETER,
                        "ItemId"),
                Arguments.of("empty ItemId", blob(0x8C, 0, 9, 4, 1, "d", 0, 1, "t", 3, 0), BAD_PARAMETER, "ItemId"),
                Arguments.of("control character in LongId", blob(0x8C, 0, 9, 4, 1, "d", 0, 1, "t", 4, 3, "a", 10, "b"),
                        BAD_PARAMETER, "LongId"),
                Arguments.of("User not UTF-8", blob(0x8C, 0, 9, 4, 1, "d", 0, 1, "t", 8, 2, 0xC3, 0x28), BAD_PARAMETER,
                        "User"),
                Arguments.of("control character in User", blob(0x8C, 0, 9, 4, 1, "d", 0, 1, "t", 8, 2, "u", 0),
                        BAD_PARAMETER, "User"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedBlobs")
    void refusesMalformedBlobs(String name, byte[] blob, RequestLineException.Reason reason, String field) {
        assertRefused(() -> parse(blob), reason, field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedText")
    void refusesMalformedBase64Text(String query) {
        assertRefused(() -> parse(query), MALFORMED_BASE64, "query");
    }

    static Stream<String> malformedText() {
        return Stream.of("jAAJ!AAA", "jAAJB", "jAAJ-_AA", "jAAJ%ZZ", "jAAJ%4", "jAA%00J",
                "jAAJ%C3%A9A", "jAAJ\u00e9AAA");
    }

    @Test
    void refusalsCarryTheCommandAndVersionAlreadyKnown() {
        RequestLineException e = assertRefused(() -> parse(blob(0x8D, 18, 9, 4, 0, 0, 1, "t")), MISSING_DEVICE_ID,
                "DeviceId");

        assertThat(e.command()).contains(EasCommand.PING);
        assertThat(e.protocolVersion()).contains(ProtocolVersion.V14_1);
        assertThat(e.reason().easStatus()).isEqualTo(OptionalInt.of(108));
    }
}
