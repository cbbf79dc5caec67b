package org.pushbox.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.pushbox.conformance.client.EasCall;
import org.pushbox.conformance.client.EasResponse;
import org.pushbox.conformance.client.ResponseObserver;
import org.pushbox.protocol.interop.LibwbxmlOracle;
import org.pushbox.protocol.interop.XsdValidation;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * The second opinions on every WBXML response: libwbxml's {@code wbxml2xml} must read the same
 * (depth, page, token, text) as our decoder, at once; and all bodies are validated against Microsoft's
 * XSDs by {@code corpus/validate.sh} in one batch at the end (it starts python3 and xmllint, so once
 * per test class rather than once per response).
 */
final class IndependentChecks implements ResponseObserver {

    /** The Find code page, which libwbxml does not know. */
    private static final int FIND_PAGE = 25;

    private final LibwbxmlOracle libwbxml = LibwbxmlOracle.require();
    private final Path dir;
    private final List<Path> bodies = new ArrayList<>();
    /** Bodies already checked: the same bytes (a repeated answer, a bare status) are checked once. */
    private final Set<ByteBuffer> seen = new HashSet<>();
    private int responses;

    IndependentChecks(Path dir) {
        this.dir = dir;
    }

    @Override
    public void observe(EasCall call, EasResponse response) {
        if (!response.isWbxml()) {
            return;
        }
        check(call.toString(), call.command(), response.body(), response.tree());
    }

    /**
     * The same checks for a WBXML document that is not a whole response body: part 0 of a multipart
     * ItemOperations answer. {@code ours} is our decoder's reading of {@code body}.
     */
    void check(String what, String command, byte[] body, WbxmlElement ours) {
        synchronized (bodies) {
            responses++;
            if (!seen.add(ByteBuffer.wrap(body))) {
                return;
            }
        }
        if (!usesPage(ours, FIND_PAGE)) {
            List<String> theirs = libwbxml.wbxml2xml(body);
            List<String> expected = libwbxml.expected(ours);
            if (!theirs.equals(expected)) {
                throw new AssertionError("libwbxml reads the answer to " + what + " differently.\nours:\n"
                        + String.join("\n", expected) + "\nlibwbxml:\n" + String.join("\n", theirs));
            }
        }
        synchronized (bodies) {
            try {
                bodies.add(Files.write(dir.resolve(bodies.size() + "-" + command + ".wbxml"), body));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** How many WBXML responses were seen so far. */
    int responses() {
        synchronized (bodies) {
            return responses;
        }
    }

    /** Validates every collected body; fails naming the invalid ones. */
    void validateAgainstXsds() {
        List<Path> files;
        synchronized (bodies) {
            files = List.copyOf(bodies);
        }
        if (files.isEmpty()) {
            return;
        }
        XsdValidation.Verdict verdict = XsdValidation.validate(files);
        if (!verdict.valid()) {
            throw new AssertionError("responses that do not validate against the XSDs (bodies kept in " + dir + "):\n"
                    + verdict.output().lines().filter(l -> !l.contains(": VALID")).collect(Collectors.joining("\n")));
        }
    }

    private static boolean usesPage(WbxmlElement e, int page) {
        if (e.tag().page() == page) {
            return true;
        }
        for (WbxmlElement child : e.children()) {
            if (usesPage(child, page)) {
                return true;
            }
        }
        return false;
    }
}
