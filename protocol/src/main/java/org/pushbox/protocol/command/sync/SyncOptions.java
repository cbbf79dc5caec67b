package org.pushbox.protocol.command.sync;

import java.util.List;
import org.pushbox.protocol.command.ItemClass;

/**
 * The {@code Options} of one collection for one item class ({@code itemClass} {@code null} = the
 * folder's own class). Every field is {@code null} (or empty) when not sent; values are range-checked
 * against the specification but their meaning for the folder is the server's to judge.
 *
 * @param mimeSupport            0 never, 1 S/MIME only, 2 always
 * @param mimeTruncation         0-8 (see [MS-ASCMD] 2.2.3.109)
 * @param conflict               0 client wins, 1 server wins (the default)
 * @param maxItems               Recipient Information Cache only
 */
public record SyncOptions(ItemClass itemClass, FilterType filterType, List<BodyPreference> bodyPreferences,
        List<BodyPreference> bodyPartPreferences, Integer mimeSupport, Integer mimeTruncation, Integer conflict,
        Integer maxItems, Boolean rightsManagementSupport) {

    public SyncOptions {
        bodyPreferences = List.copyOf(bodyPreferences);
        bodyPartPreferences = List.copyOf(bodyPartPreferences);
    }
}
