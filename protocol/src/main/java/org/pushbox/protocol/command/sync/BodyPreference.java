package org.pushbox.protocol.command.sync;

/**
 * An {@code airsyncbase:BodyPreference} or {@code BodyPartPreference} (14.1+) of Sync (and
 * ItemOperations/Search) options.
 *
 * @param type           1 plain text, 2 HTML, 3 RTF, 4 MIME (BodyPartPreference: 2 only)
 * @param truncationSize bytes, or {@code null} for no truncation
 * @param allOrNone      send the whole body or nothing, or {@code null} when not sent
 * @param preview        characters of plain-text preview (14.0+, 0-255), or {@code null}
 */
public record BodyPreference(int type, Long truncationSize, Boolean allOrNone, Integer preview) {
}
