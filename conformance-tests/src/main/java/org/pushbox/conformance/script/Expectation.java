package org.pushbox.conformance.script;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.pushbox.conformance.client.EasResponse;
import org.pushbox.protocol.wbxml.WbxmlElement;

/** One line of an {@code expect} block, checked against a response. */
public sealed interface Expectation {

    /**
     * {@code null} when the response meets the expectation (captures are bound then), else why not.
     *
     * @param labelled earlier responses by their {@code as} label
     */
    String check(EasResponse response, Bindings bindings, Map<String, EasResponse> labelled);

    /** {@code expect 200}: the HTTP status. */
    record HttpStatus(int code) implements Expectation {
        @Override
        public String check(EasResponse response, Bindings bindings, Map<String, EasResponse> labelled) {
            return response.status() == code ? null : "HTTP status is " + response.status() + ", expected " + code;
        }
    }

    /** {@code header Name: value} (value a {@link ValuePattern}), or {@code header Name absent}. */
    record Header(String name, ValuePattern pattern) implements Expectation {
        @Override
        public String check(EasResponse response, Bindings bindings, Map<String, EasResponse> labelled) {
            var actual = response.header(name);
            if (pattern == null) {
                return actual.map(v -> "header " + name + " is \"" + v + "\", expected none").orElse(null);
            }
            if (actual.isEmpty()) {
                return "header " + name + " is missing";
            }
            String wrong = pattern.mismatch(actual.get(), bindings);
            return wrong == null ? null : "header " + name + " is \"" + actual.get() + "\", expected " + wrong;
        }
    }

    /** {@code Path = value}: the path selects exactly one element, whose value matches. */
    record Value(TreePath path, ValuePattern pattern) implements Expectation {
        @Override
        public String check(EasResponse response, Bindings bindings, Map<String, EasResponse> labelled) {
            List<WbxmlElement> found = path.select(response.tree(), bindings);
            if (found.size() != 1) {
                return path + " selects " + found.size() + " elements, expected exactly 1";
            }
            String actual = TreePath.value(found.get(0));
            if (!found.get(0).children().isEmpty() && pattern.kind() != ValuePattern.Kind.ANY) {
                return path + " has child elements, not a value";
            }
            String wrong = pattern.mismatch(actual, bindings);
            return wrong == null ? null : path + " is \"" + actual + "\", expected " + wrong;
        }
    }

    /**
     * {@code count Path = n}, and {@code absent Path} for n = 0. An empty body selects nothing: a Sync with
     * nothing to say may answer with no body at all (eas-protocol.md §1.6).
     */
    record Count(TreePath path, int expected) implements Expectation {
        @Override
        public String check(EasResponse response, Bindings bindings, Map<String, EasResponse> labelled) {
            int found = response.body().length == 0 ? 0 : path.select(response.tree(), bindings).size();
            return found == expected ? null : path + " selects " + found + " elements, expected " + expected;
        }
    }

    /** {@code body empty}: no body bytes at all. */
    record EmptyBody() implements Expectation {
        @Override
        public String check(EasResponse response, Bindings bindings, Map<String, EasResponse> labelled) {
            return response.body().length == 0 ? null : "the body has " + response.body().length + " bytes, expected none";
        }
    }

    /** {@code same-body-as label}: byte for byte the body of an earlier labelled response. */
    record SameBodyAs(String label) implements Expectation {
        @Override
        public String check(EasResponse response, Bindings bindings, Map<String, EasResponse> labelled) {
            EasResponse earlier = labelled.get(label);
            if (earlier == null) {
                throw new ScriptException("no earlier response is labelled " + label);
            }
            return Arrays.equals(earlier.body(), response.body()) ? null
                    : "the body differs from that of " + label + ", which was:\n" + earlier.describeBody();
        }
    }
}
