package org.pushbox.storage.api;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Items of all five classes. Every write raises the folder's modseq and appends to the change
 * journal in the caller's transaction.
 */
public interface ItemStore {

    Item add(long folderId, ItemContent content);

    /** Adds many items to one folder in one go (ingest, imports); same journal entries as single adds. */
    List<Item> addAll(long folderId, List<ItemContent> contents);

    Optional<Item> get(long itemId);

    /** The items that still exist among {@code itemIds}, in ascending id order. */
    List<Item> getAll(Collection<Long> itemIds);

    /** Replaces the whole content: journalled as a change. */
    Item replace(long itemId, ItemContent content);

    /**
     * Lays {@code changes} over the stored properties and drops {@code removed}; properties not
     * named survive. Journalled as a flag-only change when only read/flag/category keys change
     * on a message, else as a change.
     */
    Item update(long itemId, PropertyMap changes, Set<String> removed);

    void delete(long itemId);

    /** Moves the item, keeping its id: journalled as moved out of the source, moved in to the target. */
    Item move(long itemId, long targetFolderId);

    /** Ids of the folder's items that match the filter, ascending. */
    List<Long> ids(long folderId, ItemFilter filter);

    /**
     * Ids of the folder's items whose MIME is {@code mime} and whose window date is {@code notBefore} or later,
     * ascending: how mail delivery recognises an MTA's retry of a message it already stored (an index lookup,
     * not a scan of the folder's recent items).
     */
    List<Long> idsWithMime(long folderId, BlobId mime, Instant notBefore);

    long count(long folderId);
}
