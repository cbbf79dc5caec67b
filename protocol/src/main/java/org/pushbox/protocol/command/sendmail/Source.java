package org.pushbox.protocol.command.sendmail;

/**
 * The {@code Source} of SmartReply/SmartForward: the original message, named by folder and item
 * ({@code folderId} + {@code itemId}) or by a Search {@code longId}; {@code instanceId} names one
 * occurrence of a recurring meeting.
 */
public record Source(String folderId, String itemId, String longId, String instanceId) {
}
