package org.pushbox.conformance.script;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code .eas} conversation-script format (docs/conformance-tests.md): line-oriented, one step
 * per keyword line, the request's lines and its {@code expect} block under it, {@code #} comments.
 */
public final class ScriptParser {

    private static final Set<String> STEP_KEYWORDS = Set.of("versions", "device", "policykey", "options", "post",
            "await", "pending", "expect", "include");

    /** Reads the text of an included file by its path relative to the scripts directory. */
    @FunctionalInterface
    public interface Includes {
        Includes NONE = path -> {
            throw new ScriptException("include is not available here: " + path);
        };

        String read(String path);
    }

    private final String name;
    private final List<String> lines;
    private final Includes includes;
    private int at;

    private ScriptParser(String name, String text, Includes includes) {
        this.name = name;
        this.lines = text.lines().toList();
        this.includes = includes;
    }

    /** Parses a script without includes; {@code name} is used in messages (e.g. {@code foldersync/two.eas}). */
    public static Script parse(String name, String text) {
        return parse(name, text, Includes.NONE);
    }

    /** Parses a script whose {@code include} lines are read with {@code includes}. */
    public static Script parse(String name, String text, Includes includes) {
        try {
            return new ScriptParser(name, text, includes).script();
        } catch (ScriptException e) {
            throw new ScriptException(name + ": " + e.getMessage());
        }
    }

    private Script script() {
        List<String> versions = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        for (skipBlank(); at < lines.size(); skipBlank()) {
            int line = at + 1;
            List<String> words = words(lines.get(at++).strip());
            switch (words.get(0)) {
                case "versions" -> versions.addAll(words.subList(1, words.size()));
                case "device" -> steps.add(device(line, words));
                case "policykey" -> {
                    arity(words, 3, "policykey DEVICE VALUE");
                    steps.add(new Step.SetPolicyKey(line, words.get(1), words.get(2)));
                }
                case "options", "post" -> steps.add(send(line, words));
                case "await" -> {
                    arity(words, 2, "await LABEL");
                    steps.add(new Step.Await(line, words.get(1), expect(line)));
                }
                case "include" -> steps.add(include(line, words));
                case "pending" -> {
                    arity(words, 2, "pending LABEL");
                    steps.add(new Step.Pending(line, words.get(1)));
                }
                default -> throw new ScriptException("line " + line + ": expected a step keyword "
                        + STEP_KEYWORDS + ", found: " + lines.get(line - 1).strip());
            }
        }
        if (steps.isEmpty()) {
            throw new ScriptException("no steps");
        }
        return new Script(name, versions, steps);
    }

    private static Step.DefineDevice device(int line, List<String> words) {
        if (words.size() < 2) {
            throw new ScriptException("line " + line + ": device NAME key=value ...");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String word : words.subList(2, words.size())) {
            int eq = word.indexOf('=');
            if (eq < 1) {
                throw new ScriptException("line " + line + ": device attribute without key=value: " + word);
            }
            attributes.put(word.substring(0, eq), word.substring(eq + 1));
        }
        return new Step.DefineDevice(line, words.get(1), attributes);
    }

    private Step.Include include(int line, List<String> words) {
        if (words.size() < 2) {
            throw new ScriptException("line " + line + ": include PATH [name=value ...]");
        }
        Map<String, String> bindings = new LinkedHashMap<>();
        for (String word : words.subList(2, words.size())) {
            int eq = word.indexOf('=');
            if (eq < 1 || !ValuePattern.isName(word.substring(0, eq))) {
                throw new ScriptException("line " + line + ": include binds name=value, not " + word);
            }
            bindings.put(word.substring(0, eq), word.substring(eq + 1));
        }
        String path = words.get(1);
        Script included = parse(path, includes.read(path), includes);
        if (!included.versions().isEmpty()) {
            throw new ScriptException("line " + line + ": an included file has no versions line: " + path);
        }
        return new Step.Include(line, included, bindings);
    }

    private Step.Send send(int line, List<String> words) {
        boolean options = words.get(0).equals("options");
        int first = options ? 2 : 3;
        if (words.size() < first) {
            throw new ScriptException("line " + line + ": " + (options ? "options DEVICE" : "post DEVICE COMMAND")
                    + " [anonymous] [async] [as LABEL] [without FIELD]");
        }
        Step.Options flags = options(line, words.subList(first, words.size()));
        List<Map.Entry<String, String>> parameters = new ArrayList<>();
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        Step.RequestBody body = Step.RequestBody.NONE;
        StringBuilder xml = new StringBuilder();
        for (; at < lines.size() && !isStep(lines.get(at)); at++) {
            String text = lines.get(at).strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (text.startsWith("query ")) {
                parameters.add(pair(text.substring(6), '=', at + 1));
            } else if (text.startsWith("header ")) {
                headers.add(pair(text.substring(7), ':', at + 1));
            } else if (text.equals("body empty")) {
                body = new Step.RequestBody(Step.RequestBody.Kind.HEX, "");
            } else if (text.startsWith("body hex ")) {
                body = new Step.RequestBody(Step.RequestBody.Kind.HEX, text.substring(9));
            } else {
                xml.append(lines.get(at)).append('\n');
            }
        }
        if (xml.length() > 0) {
            if (body.kind() != Step.RequestBody.Kind.NONE) {
                throw new ScriptException("line " + line + ": a request has either an XML body or a body line");
            }
            body = new Step.RequestBody(Step.RequestBody.Kind.XML, xml.toString());
        }
        Step.Expect expect = null;
        if (flags.async()) {
            if (flags.label() == null) {
                throw new ScriptException("line " + line + ": an async request needs 'as LABEL' for its await");
            }
        } else {
            expect = expect(line);
        }
        return new Step.Send(line, words.get(1), options ? null : words.get(2), flags, parameters, headers, body, expect);
    }

    private static Step.Options options(int line, List<String> words) {
        boolean anonymous = false;
        boolean async = false;
        String label = null;
        List<String> omitted = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            switch (words.get(i)) {
                case "anonymous" -> anonymous = true;
                case "async" -> async = true;
                case "as", "without" -> {
                    if (i + 1 == words.size()) {
                        throw new ScriptException("line " + line + ": '" + words.get(i) + "' needs a word after it");
                    }
                    if (words.get(i).equals("as")) {
                        label = words.get(++i);
                    } else {
                        omitted.add(words.get(++i));
                    }
                }
                default -> throw new ScriptException("line " + line + ": unknown request option " + words.get(i));
            }
        }
        return new Step.Options(anonymous, async, label, List.copyOf(omitted));
    }

    /** The {@code expect STATUS} line that must follow, and its checks. */
    private Step.Expect expect(int stepLine) {
        skipBlank();
        List<String> words = at < lines.size() ? words(lines.get(at).strip()) : List.of();
        if (words.size() != 2 || !words.get(0).equals("expect")) {
            throw new ScriptException("line " + stepLine + ": the step needs an 'expect STATUS' block after it");
        }
        int line = ++at;
        List<Step.Check> checks = new ArrayList<>();
        checks.add(new Step.Check(line, lines.get(line - 1).strip(), new Expectation.HttpStatus(number(words.get(1), line))));
        for (; at < lines.size() && !isStep(lines.get(at)); at++) {
            String text = lines.get(at).strip();
            if (!text.isEmpty() && !text.startsWith("#")) {
                checks.add(new Step.Check(at + 1, text, check(text, at + 1)));
            }
        }
        return new Step.Expect(line, checks);
    }

    private static Expectation check(String text, int line) {
        if (text.equals("body empty")) {
            return new Expectation.EmptyBody();
        }
        if (text.startsWith("same-body-as ")) {
            return new Expectation.SameBodyAs(text.substring(13).strip());
        }
        if (text.startsWith("header ")) {
            String rest = text.substring(7).strip();
            if (rest.endsWith(" absent") && rest.indexOf(':') < 0) {
                return new Expectation.Header(rest.substring(0, rest.length() - 7).strip(), null);
            }
            Map.Entry<String, String> h = pair(rest, ':', line);
            return new Expectation.Header(h.getKey(), ValuePattern.parse(h.getValue()));
        }
        if (text.startsWith("absent ")) {
            return new Expectation.Count(TreePath.parse(text.substring(7).strip()), 0);
        }
        int eq = assignment(text);
        if (eq < 0) {
            throw new ScriptException("line " + line + ": an expectation is 'Path = value', 'count Path = n', "
                    + "'absent Path', 'header Name: value', 'body empty' or 'same-body-as LABEL': " + text);
        }
        String left = text.substring(0, eq).strip();
        String right = text.substring(eq + 3).strip();
        if (left.startsWith("count ")) {
            return new Expectation.Count(TreePath.parse(left.substring(6).strip()), number(right, line));
        }
        return new Expectation.Value(TreePath.parse(left), ValuePattern.parse(right));
    }

    /** Index of the " = " that separates path and value, outside any [filter]. */
    private static int assignment(String text) {
        int depth = 0;
        for (int i = 0; i + 2 < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (depth == 0 && text.startsWith(" = ", i)) {
                return i;
            }
        }
        return -1;
    }

    private static Map.Entry<String, String> pair(String text, char separator, int line) {
        int i = text.indexOf(separator);
        if (i < 1) {
            throw new ScriptException("line " + line + ": expected Name" + separator + "value: " + text);
        }
        return new AbstractMap.SimpleImmutableEntry<>(text.substring(0, i).strip(), text.substring(i + 1).strip());
    }

    private static int number(String text, int line) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ScriptException("line " + line + ": not a number: " + text);
        }
    }

    private static void arity(List<String> words, int n, String usage) {
        if (words.size() != n) {
            throw new ScriptException("usage: " + usage);
        }
    }

    private static boolean isStep(String line) {
        String text = line.strip();
        int space = text.indexOf(' ');
        return STEP_KEYWORDS.contains(space < 0 ? text : text.substring(0, space));
    }

    private void skipBlank() {
        while (at < lines.size() && (lines.get(at).isBlank() || lines.get(at).strip().startsWith("#"))) {
            at++;
        }
    }

    /** Splits on spaces; double quotes group words ({@code agent="Apple iPhone"}) and are removed. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (quoted) {
            throw new ScriptException("unclosed quote in: " + text);
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }
}
