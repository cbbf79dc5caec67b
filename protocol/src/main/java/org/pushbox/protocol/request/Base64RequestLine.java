package org.pushbox.protocol.request;

import static org.pushbox.protocol.request.RequestLineException.Reason.BAD_PARAMETER;
import static org.pushbox.protocol.request.RequestLineException.Reason.BAD_POLICY_KEY;
import static org.pushbox.protocol.request.RequestLineException.Reason.DUPLICATE_PARAMETER;
import static org.pushbox.protocol.request.RequestLineException.Reason.MALFORMED_BASE64;
import static org.pushbox.protocol.request.RequestLineException.Reason.UNKNOWN_COMMAND;
import static org.pushbox.protocol.request.RequestLineException.Reason.UNKNOWN_PARAMETER_TAG;
import static org.pushbox.protocol.request.RequestLineException.Reason.UNSUPPORTED_VERSION;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The base64 query form of MS-ASHTTP 2.2.1.1.1.1: version byte, command code, little-endian LCID,
 * length-prefixed DeviceId, policy key (length 0 or 4, little-endian) and DeviceType, then
 * Tag(1) Length(1) Value parameters. Decoding is used by {@link RequestLineParser}; encoding by clients
 * (the conformance test client) that want to speak this form.
 */
public final class Base64RequestLine {

    static final int TAG_OPTIONS = 7;
    static final int TAG_USER = 8;
    static final int OPTION_SAVE_IN_SENT = 0x01;
    static final int OPTION_ACCEPT_MULTIPART = 0x02;

    static final String VERSION = "ProtocolVersion";
    static final String LOCALE = "Locale";
    static final String POLICY_KEY = "PolicyKey";
    static final String OPTIONS = "Options";
    static final String TAG = "parameter tag";

    private Base64RequestLine() {
    }

    /** The query text (standard alphabet, padded) for a POST request; put it after '?' as is. */
    public static String encode(EasRequest request) {
        return Base64.getEncoder().encodeToString(encodeBytes(request));
    }

    /**
     * The binary blob for a POST request. Absent locale is written as 0; an absent policy key as length 0.
     *
     * @throws IllegalArgumentException if the request is OPTIONS, its command has no base64 code, or a
     *                                  value does not fit a one-byte length
     */
    public static byte[] encodeBytes(EasRequest request) {
        if (request.isOptions()) {
            throw new IllegalArgumentException("OPTIONS has no base64 form");
        }
        int code = request.command().base64Code().orElseThrow(() -> new IllegalArgumentException(
                request.command() + " has no base64 command code"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(request.protocolVersion().base64Code());
        out.write(code);
        int lcid = request.locale().orElse(0);
        out.write(lcid & 0xFF);
        out.write(lcid >>> 8);
        writeCounted(out, PlainQuery.DEVICE_ID, request.deviceId().getBytes(StandardCharsets.US_ASCII));
        if (request.policyKey().isPresent()) {
            long key = request.policyKey().getAsLong();
            out.write(4);
            for (int i = 0; i < 4; i++) {
                out.write((int) (key >>> (8 * i)) & 0xFF);
            }
        } else {
            out.write(0);
        }
        writeCounted(out, PlainQuery.DEVICE_TYPE, request.deviceType().getBytes(StandardCharsets.US_ASCII));
        for (Map.Entry<RequestParameter, String> parameter : request.parameters().values().entrySet()) {
            out.write(parameter.getKey().base64Tag());
            writeCounted(out, parameter.getKey().queryName(), parameter.getValue().getBytes(StandardCharsets.UTF_8));
        }
        int options = (request.saveInSent() ? OPTION_SAVE_IN_SENT : 0)
                | (request.acceptMultiPart() ? OPTION_ACCEPT_MULTIPART : 0);
        if (options != 0) {
            out.write(TAG_OPTIONS);
            writeCounted(out, OPTIONS, new byte[] {(byte) options});
        }
        if (request.userHint().isPresent()) {
            out.write(TAG_USER);
            writeCounted(out, PlainQuery.USER, request.userHint().get().getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static void writeCounted(ByteArrayOutputStream out, String field, byte[] value) {
        if (value.length > 255) {
            throw new IllegalArgumentException(field + " is " + value.length + " bytes; the base64 form allows 255");
        }
        out.write(value.length);
        out.writeBytes(value);
    }

    /** Decodes the raw query (percent-escapes allowed, since some clients escape {@code + / =}). */
    static QueryFields decode(String rawQuery) throws RequestLineException {
        String text = PercentDecoder.decode(rawQuery, false, MALFORMED_BASE64, "query");
        byte[] blob;
        try {
            // The JDK decoder rejects every character outside the standard alphabet and misplaced padding.
            // It accepts missing padding, which loses nothing and spares clients that strip '='.
            blob = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new RequestLineException(MALFORMED_BASE64, "query", "not standard base64: " + e.getMessage());
        }
        return decodeBytes(blob);
    }

    static QueryFields decodeBytes(byte[] blob) throws RequestLineException {
        QueryFields fields = new QueryFields(QueryForm.BASE64);
        ByteReader in = new ByteReader(blob);
        int versionCode = in.u8(VERSION);
        fields.version = ProtocolVersion.fromBase64Code(versionCode).orElseThrow(() -> new RequestLineException(
                UNSUPPORTED_VERSION, VERSION, "unknown version byte " + versionCode));
        int commandCode = in.u8(PlainQuery.CMD);
        fields.command = EasCommand.byBase64Code(commandCode).orElseThrow(() -> new RequestLineException(
                UNKNOWN_COMMAND, PlainQuery.CMD, "unknown command code " + commandCode));
        fields.locale = OptionalInt.of((int) in.littleEndian(2, LOCALE));
        // Length 0 yields "", which FieldRules reports as missing once the command and version are known.
        fields.deviceId = FieldRules.deviceIdFromBytes(in.bytes(in.u8(PlainQuery.DEVICE_ID), PlainQuery.DEVICE_ID));
        int keyLength = in.u8(POLICY_KEY);
        if (keyLength == 4) {
            fields.policyKey = OptionalLong.of(in.littleEndian(4, POLICY_KEY));
        } else if (keyLength != 0) {
            throw new RequestLineException(BAD_POLICY_KEY, POLICY_KEY, "length must be 0 or 4, not " + keyLength);
        }
        // ISO-8859-1 keeps every byte as one char, so FieldRules.deviceType can name a non-ASCII byte.
        fields.deviceType = new String(in.bytes(in.u8(PlainQuery.DEVICE_TYPE), PlainQuery.DEVICE_TYPE),
                StandardCharsets.ISO_8859_1);
        Set<Integer> seenTags = new HashSet<>();
        while (in.hasMore()) {
            readParameter(in, fields, seenTags);
        }
        return fields;
    }

    private static void readParameter(ByteReader in, QueryFields fields, Set<Integer> seenTags)
            throws RequestLineException {
        int tag = in.u8(TAG);
        String field = fieldOfTag(tag);
        if (!seenTags.add(tag)) {
            throw new RequestLineException(DUPLICATE_PARAMETER, field, "tag " + tag + " given more than once");
        }
        int length = in.u8(field);
        byte[] value = in.bytes(length, field);
        if (tag == TAG_OPTIONS) {
            if (length != 1) {
                throw new RequestLineException(BAD_PARAMETER, OPTIONS, "must be 1 byte, not " + length);
            }
            // Bits other than 0x01/0x02 are undefined; ignoring them keeps a future client working.
            fields.saveInSent = (value[0] & OPTION_SAVE_IN_SENT) != 0;
            fields.acceptMultiPart = (value[0] & OPTION_ACCEPT_MULTIPART) != 0;
        } else if (tag == TAG_USER) {
            fields.user = StrictUtf8.decode(value, length, BAD_PARAMETER, field);
        } else {
            RequestParameter parameter = RequestParameter.byBase64Tag(tag).orElseThrow();
            fields.parameters.put(parameter, StrictUtf8.decode(value, length, BAD_PARAMETER, field));
        }
    }

    private static String fieldOfTag(int tag) throws RequestLineException {
        if (tag == TAG_OPTIONS) {
            return OPTIONS;
        }
        if (tag == TAG_USER) {
            return PlainQuery.USER;
        }
        return RequestParameter.byBase64Tag(tag).map(RequestParameter::queryName).orElseThrow(
                () -> new RequestLineException(UNKNOWN_PARAMETER_TAG, TAG, "unknown tag " + tag));
    }
}
