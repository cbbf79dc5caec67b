package org.pushbox.protocol.command.sendmail;

/**
 * The {@code Source} of SmartReply/SmartForward: the original message, named by folder and item
 * ({@code itemId}, with {@code folderId} or {@code null} for the Inbox) or by a Search {@code longId};
 * {@code instanceId} names one occurrence of a recurring meeting. The 12.1 form carries the same as
 * the query parameters CollectionId, ItemId, LongId and Occurrence.
 */
public record Source(String folderId, String itemId, String longId, String instanceId) {
}
