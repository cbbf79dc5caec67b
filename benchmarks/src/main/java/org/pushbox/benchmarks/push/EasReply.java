package org.pushbox.benchmarks.push;

/**
 * One HTTP answer as the load driver saw it.
 *
 * @param status       the HTTP status
 * @param body         the body (WBXML, or empty for "no changes")
 * @param arrivedNanos {@link System#nanoTime()} when the whole answer had been read, taken on the event loop
 *                     before anything else looks at it, so latencies do not include the driver's decoding
 */
public record EasReply(int status, byte[] body, long arrivedNanos) {
}
