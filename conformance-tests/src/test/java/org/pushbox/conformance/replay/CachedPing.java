package org.pushbox.conformance.replay;

import java.util.LinkedHashSet;
import java.util.Set;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * What a capture shows about the Ping parameters Exchange held for a device from before the capture began:
 * an empty Ping carries none, so when Exchange answers one with Status 2 and changed folders, it had a
 * folder list kept, which held at least those folders.
 */
final class CachedPing {

    private CachedPing() {
    }

    /** The folders (Exchange's ids) Exchange's answers to the device's empty Pings name; empty when none. */
    static Set<String> folders(Capture capture, String deviceId) {
        Set<String> folders = new LinkedHashSet<>();
        for (CapturedExchange x : capture.exchanges()) {
            if (!"Ping".equals(x.command()) || !deviceId.equals(x.deviceId()) || Replay.decode(x.requestBody()) != null) {
                continue;
            }
            WbxmlElement answer = Replay.decode(x.responseBody());
            if (answer != null && Trees.text(answer, "Status").filter("2"::equals).isPresent()) {
                Trees.children(Trees.child(answer, "Folders"), "Folder").forEach(f -> folders.add(f.text()));
            }
        }
        return folders;
    }

    /**
     * Exchange's answer to {@code x}, a Ping, came after the device had sent a newer Ping: the newer one
     * ended it.
     */
    static boolean superseded(CapturedExchange x, Capture capture) {
        return x.answered() != null && java.util.stream.Stream.concat(capture.exchanges().stream(),
                capture.unanswered().stream()).anyMatch(l -> "Ping".equals(l.command()) && l.number() > x.number()
                && l.deviceId().equals(x.deviceId()) && l.time() != null && l.time().isBefore(x.answered()));
    }
}
