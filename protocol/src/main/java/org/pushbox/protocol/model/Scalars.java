package org.pushbox.protocol.model;

import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.Bytes;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * The [MS-ASDTYPE] scalar codecs. Every reader accepts the value as STR_I or OPAQUE (clients use
 * both) and refuses anything that is not exactly the type's lexical form with a
 * {@link DataClassException} naming the element; writers produce the one canonical form.
 */
final class Scalars {

    private Scalars() {
    }

    /** A string; an empty element is the empty string, and the empty string is written as an empty element. */
    static final ValueCodec<String> TEXT = text(Integer.MAX_VALUE);

    /** {@code 0}/{@code 1}; an empty element means 1 ([MS-ASDTYPE] 2.1). */
    static final ValueCodec<Boolean> BOOLEAN = new ValueCodec<>() {
        @Override
        public Boolean decode(WbxmlElement e, DecodeContext ctx) throws DataClassException {
            String s = string(e);
            if (s.isEmpty() || s.equals("1")) {
                return Boolean.TRUE;
            }
            if (s.equals("0")) {
                return Boolean.FALSE;
            }
            throw new DataClassException(e.tag(), "'" + clip(s) + "' is not a boolean (0 or 1)");
        }

        @Override
        public WbxmlElement encode(Tag tag, Boolean value, EncodeContext ctx) {
            return WbxmlElement.text(tag, value ? "1" : "0");
        }

        @Override
        public boolean emptyIsCleared() {
            return false;
        }
    };

    /** A flag whose presence is the value ({@code email2:Send}): written as an empty element when true. */
    static final ValueCodec<Boolean> PRESENCE = new ValueCodec<>() {
        @Override
        public Boolean decode(WbxmlElement e, DecodeContext ctx) throws DataClassException {
            return BOOLEAN.decode(e, ctx);
        }

        @Override
        public WbxmlElement encode(Tag tag, Boolean value, EncodeContext ctx) {
            return value ? WbxmlElement.empty(tag) : null;
        }

        @Override
        public boolean emptyIsCleared() {
            return false;
        }
    };

    /** A size in bytes (xs:unsignedInt). */
    static final ValueCodec<Long> SIZE = longInteger(0, 0xFFFF_FFFFL);

    /** Extended dateTime ({@code 2026-11-22T05:06:47.000Z}); the compact form is accepted too. */
    static final ValueCodec<Instant> DATE_TIME = dateTime(EasDateTime.EXTENDED);
    /** Compact dateTime ({@code 20261122T050647Z}); the extended form is accepted too. */
    static final ValueCodec<Instant> COMPACT_DATE_TIME = dateTime(EasDateTime.COMPACT);

    /** Bytes sent as OPAQUE (ConversationId/Index); text is taken as its UTF-8 bytes. */
    static final ValueCodec<Bytes> OPAQUE = new ValueCodec<>() {
        @Override
        public Bytes decode(WbxmlElement e, DecodeContext ctx) throws DataClassException {
            return Bytes.of(requireValue(e).opaqueOrTextAsBytes());
        }

        @Override
        public WbxmlElement encode(Tag tag, Bytes value, EncodeContext ctx) {
            return WbxmlElement.opaque(tag, value.toArray());
        }
    };

    /** A decimal number ({@code xs:double} of Location), kept exactly as written. */
    static final ValueCodec<BigDecimal> DECIMAL = new ValueCodec<>() {
        private final Pattern form = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]{1,3})?");

        @Override
        public BigDecimal decode(WbxmlElement e, DecodeContext ctx) throws DataClassException {
            String s = string(e);
            if (s.length() > 40 || !form.matcher(s).matches()) {
                throw new DataClassException(e.tag(), "'" + clip(s) + "' is not a decimal number");
            }
            return new BigDecimal(s);
        }

        @Override
        public WbxmlElement encode(Tag tag, BigDecimal value, EncodeContext ctx) {
            return WbxmlElement.text(tag, value.toString());
        }
    };

    /** The 172-byte TIME_ZONE_INFORMATION, base64 encoded. */
    static final ValueCodec<TimeZoneInformation> TIME_ZONE = new ValueCodec<>() {
        @Override
        public TimeZoneInformation decode(WbxmlElement e, DecodeContext ctx) throws DataClassException {
            try {
                return TimeZoneInformation.fromBase64(string(e));
            } catch (IllegalArgumentException ex) {
                throw new DataClassException(e.tag(), ex.getMessage());
            }
        }

        @Override
        public WbxmlElement encode(Tag tag, TimeZoneInformation value, EncodeContext ctx) {
            return WbxmlElement.text(tag, value.toBase64());
        }
    };

    /** A string of at most {@code maxLength} characters. */
    static ValueCodec<String> text(int maxLength) {
        return new ValueCodec<>() {
            @Override
            public String decode(WbxmlElement e, DecodeContext ctx) throws DataClassException {
                String s = string(e);
                if (s.length() > maxLength) {
                    throw new DataClassException(e.tag(), "longer than " + maxLength + " characters");
                }
                return s;
            }

            @Override
            public WbxmlElement encode(Tag tag, String value, EncodeContext ctx) {
                return value.isEmpty() ? WbxmlElement.empty(tag) : WbxmlElement.text(tag, value);
            }

            @Override
            public boolean emptyIsCleared() {
                return false;
            }
        };
    }

    /** A decimal integer within [min, max]. */
    static ValueCodec<Integer> integer(int min, int max) {
        ValueCodec<Long> wide = longInteger(min, max);
        return new ValueCodec<>() {
            @Override
            public Integer decode(WbxmlElement e, DecodeContext ctx) throws DataClassException {
                return wide.decode(e, ctx).intValue();
            }

            @Override
            public WbxmlElement encode(Tag tag, Integer value, EncodeContext ctx) {
                return wide.encode(tag, value.longValue(), ctx);
            }
        };
    }

    /** A decimal integer that must be one of {@code allowed} (an enumeration such as MeetingStatus). */
    static ValueCodec<Integer> oneOf(int... allowed) {
        int[] sorted = allowed.clone();
        Arrays.sort(sorted);
        ValueCodec<Integer> any = integer(Integer.MIN_VALUE, Integer.MAX_VALUE);
        return new ValueCodec<>() {
            @Override
            public Integer decode(WbxmlElement e, DecodeContext ctx) throws DataClassException {
                int v = any.decode(e, ctx);
                if (Arrays.binarySearch(sorted, v) < 0) {
                    throw new DataClassException(e.tag(), v + " is not one of " + Arrays.toString(sorted));
                }
                return v;
            }

            @Override
            public WbxmlElement encode(Tag tag, Integer value, EncodeContext ctx) {
                return any.encode(tag, value, ctx);
            }
        };
    }

    /** A decimal integer within [min, max] that can exceed {@code int} (sizes up to 2^32-1). */
    static ValueCodec<Long> longInteger(long min, long max) {
        return new ValueCodec<>() {
            @Override
            public Long decode(WbxmlElement e, DecodeContext ctx) throws DataClassException {
                long v = parseLong(e);
                if (v < min || v > max) {
                    throw new DataClassException(e.tag(), v + " is outside " + min + ".." + max);
                }
                return v;
            }

            @Override
            public WbxmlElement encode(Tag tag, Long value, EncodeContext ctx) {
                return WbxmlElement.text(tag, Long.toString(value));
            }
        };
    }

    /**
     * Bytes sent as base64 text (a contact picture, 16.x attachment content), at most the limit
     * that {@code limit} picks from the decode limits. Line breaks are tolerated on input (MIME
     * habits of some clients); output is unbroken standard base64.
     */
    static ValueCodec<Bytes> base64(ToIntFunction<DecodeLimits> limit) {
        return new ValueCodec<>() {
            @Override
            public Bytes decode(WbxmlElement e, DecodeContext ctx) throws DataClassException {
                String s = string(e);
                int max = limit.applyAsInt(ctx.limits());
                if ((long) s.length() * 3 / 4 > (long) max + 4) {
                    throw new DataClassException(e.tag(), "larger than the limit of " + max + " bytes");
                }
                String compact = s.replace("\r", "").replace("\n", "");
                byte[] bytes;
                try {
                    bytes = Base64.getDecoder().decode(compact);
                } catch (IllegalArgumentException ex) {
                    throw new DataClassException(e.tag(), "not base64: " + ex.getMessage());
                }
                if (bytes.length > max) {
                    throw new DataClassException(e.tag(), bytes.length + " bytes exceed the limit of " + max);
                }
                return Bytes.of(bytes);
            }

            @Override
            public WbxmlElement encode(Tag tag, Bytes value, EncodeContext ctx) {
                return WbxmlElement.text(tag, Base64.getEncoder().encodeToString(value.toArray()));
            }
        };
    }

    private static ValueCodec<Instant> dateTime(EasDateTime canonical) {
        return new ValueCodec<>() {
            @Override
            public Instant decode(WbxmlElement e, DecodeContext ctx) throws DataClassException {
                String s = string(e);
                // Clients are not consistent about which form an element takes; both are exact forms.
                Instant t = EasDateTime.parseEither(s);
                if (t == null) {
                    throw new DataClassException(e.tag(), "'" + clip(s) + "' is not a dateTime ("
                            + canonical.pattern() + ")");
                }
                return t;
            }

            @Override
            public WbxmlElement encode(Tag tag, Instant value, EncodeContext ctx) {
                return WbxmlElement.text(tag, canonical.format(value));
            }
        };
    }

    private static long parseLong(WbxmlElement e) throws DataClassException {
        String s = string(e);
        int start = s.startsWith("-") ? 1 : 0;
        if (s.length() == start || s.length() - start > 18) {
            throw new DataClassException(e.tag(), "'" + clip(s) + "' is not an integer");
        }
        for (int i = start; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                throw new DataClassException(e.tag(), "'" + clip(s) + "' is not an integer");
            }
        }
        return Long.parseLong(s);
    }

    private static WbxmlElement requireValue(WbxmlElement e) throws DataClassException {
        if (e.content() == WbxmlElement.Content.CHILDREN) {
            throw new DataClassException(e.tag(), "holds elements where a value belongs");
        }
        return e;
    }

    /**
     * The value as a string. OPAQUE must be valid UTF-8 without NUL: a lossy decoding would change
     * what the client sent, and NUL cannot be written back as STR_I.
     */
    static String string(WbxmlElement e) throws DataClassException {
        requireValue(e);
        if (!e.isOpaque()) {
            return e.textOrOpaqueAsString();
        }
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(e.opaqueView()).toString();
        } catch (CharacterCodingException ex) {
            throw new DataClassException(e.tag(), "OPAQUE value is not UTF-8 text");
        }
        if (s.indexOf('\0') >= 0) {
            throw new DataClassException(e.tag(), "value holds a NUL character");
        }
        return s;
    }

    /** A value shortened for an error message (hostile input can be megabytes long). */
    static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
