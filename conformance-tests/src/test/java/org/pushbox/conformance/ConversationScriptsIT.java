package org.pushbox.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pushbox.conformance.script.Script;
import org.pushbox.conformance.script.ScriptParser;
import org.pushbox.conformance.script.ScriptRunner;

/**
 * Every conversation script under {@code src/test/resources/scripts/} against the target server, once per
 * version its {@code versions} line names. A script's steps run in order; scripts run one after another.
 */
class ConversationScriptsIT extends AgainstServer {

    @TestFactory
    Stream<DynamicNode> scripts() throws IOException, URISyntaxException {
        Path root = Path.of(Objects.requireNonNull(getClass().getResource("/scripts"), "scripts on the test class path").toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".eas")).sorted().toList();
        }
        ScriptRunner runner = new ScriptRunner(target.target());
        return files.stream().flatMap(file -> {
            Script script = parse(root, file);
            List<String> versions = script.versions().isEmpty() ? Collections.singletonList(null) : script.versions();
            return versions.stream().map(v -> DynamicTest.dynamicTest(script.name() + (v == null ? "" : " @" + v),
                    file.toUri(), () -> runner.run(script, v)));
        });
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Script parse(Path root, Path file) {
        return ScriptParser.parse(root.relativize(file).toString(), read(file), include -> read(root.resolve(include)));
    }
}
