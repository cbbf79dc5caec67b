package org.pushbox.storage.api;

/**
 * Which recipients {@link OutboundQueue#list} returns.
 *
 * @param pendingOnly only the pending ones, else also those sent or failed (of messages still kept)
 * @param accountId only messages of this sending account; null for every account
 * @param messageId only this message; null for every message
 * @param limit at most this many rows
 */
public record OutboundFilter(boolean pendingOnly, Long accountId, Long messageId, int limit) {

    public OutboundFilter {
        if (limit < 1) {
            throw new IllegalArgumentException("the limit must be at least 1, not " + limit);
        }
    }

    /** The pending recipients of every account, as many as there are. */
    public static OutboundFilter pending() {
        return new OutboundFilter(true, null, null, Integer.MAX_VALUE);
    }

    /** Every recipient still kept, whatever its state. */
    public static OutboundFilter all() {
        return new OutboundFilter(false, null, null, Integer.MAX_VALUE);
    }

    public OutboundFilter ofAccount(long id) {
        return new OutboundFilter(pendingOnly, id, messageId, limit);
    }

    public OutboundFilter ofMessage(long id) {
        return new OutboundFilter(pendingOnly, accountId, id, limit);
    }

    public OutboundFilter limit(int max) {
        return new OutboundFilter(pendingOnly, accountId, messageId, max);
    }
}
