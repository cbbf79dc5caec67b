package org.pushbox.protocol.command.sync;

import static org.pushbox.protocol.command.sync.SyncTags.ALL_OR_NONE;
import static org.pushbox.protocol.command.sync.SyncTags.PREVIEW;
import static org.pushbox.protocol.command.sync.SyncTags.TRUNCATION_SIZE;
import static org.pushbox.protocol.command.sync.SyncTags.TYPE;

import java.util.ArrayList;
import java.util.List;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.ElementBuilder;
import org.pushbox.protocol.command.ElementReader;

/**
 * Reads and writes {@code airsyncbase:BodyPreference} and {@code BodyPartPreference}, which Sync,
 * ItemOperations and Search options share.
 */
public final class BodyPreferences {

    /** {@code airsyncbase:BodyPreference}. */
    public static final Tag BODY_PREFERENCE = SyncTags.BODY_PREFERENCE;
    /** {@code airsyncbase:BodyPartPreference} (14.1+). */
    public static final Tag BODY_PART_PREFERENCE = SyncTags.BODY_PART_PREFERENCE;

    private static final Tag[] CHILDREN = {TYPE, TRUNCATION_SIZE, ALL_OR_NONE, PREVIEW};

    private BodyPreferences() {
    }

    /**
     * Every {@code tag} child of {@code options}: Type 1-4 required, TruncationSize an unsigned int,
     * Preview 0-255; faults carry the options reader's status.
     */
    public static List<BodyPreference> read(ElementReader options, Tag tag) throws CommandException {
        List<BodyPreference> list = new ArrayList<>();
        for (ElementReader p : options.containers(tag, CHILDREN)) {
            list.add(new BodyPreference(p.requiredInteger(TYPE, 1, 4), p.longValue(TRUNCATION_SIZE, 0, 0xFFFF_FFFFL),
                    p.bool(ALL_OR_NONE), p.integer(PREVIEW, 0, 255)));
        }
        return list;
    }

    /** Adds one {@code tag} child per preference to {@code options}. */
    public static void write(ElementBuilder options, Tag tag, List<BodyPreference> preferences) {
        for (BodyPreference p : preferences) {
            options.add(options.nested(tag).integer(TYPE, p.type()).integer(TRUNCATION_SIZE, p.truncationSize())
                    .bool(ALL_OR_NONE, p.allOrNone()).integer(PREVIEW, p.preview()).build());
        }
    }
}
