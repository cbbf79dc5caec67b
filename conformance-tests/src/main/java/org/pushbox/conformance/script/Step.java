package org.pushbox.conformance.script;

import java.util.List;
import java.util.Map;

/** One step of a conversation script; {@code line} is where it starts in the file. */
public sealed interface Step {

    int line();

    /** {@code device NAME id=… type=… [agent=…] [version=…] [form=plain|base64] [locale=…] [gzip=yes|no]}. */
    record DefineDevice(int line, String name, Map<String, String> attributes) implements Step {
    }

    /** {@code policykey DEVICE VALUE}: the key the device sends from now on. */
    record SetPolicyKey(int line, String device, String value) implements Step {
    }

    /**
     * {@code options DEVICE …} or {@code post DEVICE COMMAND …}, the request lines under it and, unless it is
     * {@code async}, its {@code expect} block.
     */
    record Send(int line, String device, String command, Options options, List<Map.Entry<String, String>> parameters,
            List<Map.Entry<String, String>> headers, RequestBody body, Expect expect) implements Step {

        public boolean isOptions() {
            return command == null;
        }
    }

    /** The words after the command: {@code anonymous}, {@code async}, {@code as LABEL}, {@code without FIELD}. */
    record Options(boolean anonymous, boolean async, String label, List<String> omitted) {
    }

    /** {@code await LABEL} and its {@code expect} block: the answer to an earlier {@code async} request. */
    record Await(int line, String label, Expect expect) implements Step {
    }

    /**
     * {@code include PATH [name=value ...]}: the steps of another file (a fragment such as the two phases of
     * Provision), run with the given names bound, e.g. {@code device=phone} for a fragment that says
     * {@code post {device} Provision}.
     */
    record Include(int line, Script script, Map<String, String> bindings) implements Step {
    }

    /** {@code pending LABEL}: the {@code async} request has not been answered yet (it is held). */
    record Pending(int line, String label) implements Step {
    }

    /** The body of a request: none, the XML form (placeholders allowed), or hex bytes. */
    record RequestBody(Kind kind, String text) {
        public enum Kind { NONE, XML, HEX }

        public static final RequestBody NONE = new RequestBody(Kind.NONE, "");
    }

    /** An {@code expect} block: its checks in the order written. */
    record Expect(int line, List<Check> checks) {
    }

    /** One line of an {@code expect} block as written, and what it checks. */
    record Check(int line, String source, Expectation expectation) {
    }
}
