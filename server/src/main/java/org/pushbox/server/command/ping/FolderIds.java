package org.pushbox.server.command.ping;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A folder's CollectionId on the wire is its store id in decimal, as FolderSync sends it. */
final class FolderIds {

    /** Longest decimal form of a positive long. */
    private static final int MAX_DIGITS = 19;

    private FolderIds() {
    }

    /**
     * The ids, or empty when any of them is not a folder id we could have sent (the client gets Status 7):
     * only the canonical decimal form ("7", never "07" or "+7") of a positive long.
     */
    static Optional<Set<Long>> parse(Collection<String> collectionIds) {
        Set<Long> ids = new HashSet<>();
        for (String id : collectionIds) {
            if (id.isEmpty() || id.length() > MAX_DIGITS || id.charAt(0) == '0'
                    || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.empty();
            }
            try {
                ids.add(Long.parseLong(id));
            } catch (NumberFormatException e) {
                return Optional.empty(); // 19 digits beyond Long.MAX_VALUE
            }
        }
        return Optional.of(ids);
    }

    /** Ascending, so that answers are stable. */
    static List<String> format(Collection<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).toList();
    }
}
