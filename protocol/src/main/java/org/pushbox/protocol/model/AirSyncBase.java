package org.pushbox.protocol.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.pushbox.protocol.codepage.CodePages;

/**
 * The AirSyncBase properties ([MS-ASAIRS]) that sit directly in the ApplicationData of several
 * classes; each class re-exports the ones it has (e.g. {@code Email.BODY}).
 */
public final class AirSyncBase {

    public static final Field<Body> BODY = Field.of(CodePages.require("AirSyncBase", "Body"), Body.CODEC);
    public static final Field<BodyPart> BODY_PART = Field.of(CodePages.require("AirSyncBase", "BodyPart"),
            BodyPart.CODEC);
    public static final Field<Attachments> ATTACHMENTS = Field.of(CodePages.require("AirSyncBase", "Attachments"),
            Attachments.CODEC);
    /** The type the item was created in: 1 plain text, 2 HTML, 3 RTF (4 MIME is tolerated). */
    public static final Field<Integer> NATIVE_BODY_TYPE = Field.of(CodePages.require("AirSyncBase", "NativeBodyType"),
            Scalars.integer(1, 4));
    /** 16.0+: the structured location. */
    public static final Field<Location> LOCATION = Field.of(CodePages.require("AirSyncBase", "Location"),
            Location.CODEC);
    /** 16.0+: the original start of an occurrence (Compact DateTime). */
    public static final Field<Instant> INSTANCE_ID = Field.of(CodePages.require("AirSyncBase", "InstanceId"),
            Scalars.COMPACT_DATE_TIME);

    private AirSyncBase() {
    }

    static long utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
