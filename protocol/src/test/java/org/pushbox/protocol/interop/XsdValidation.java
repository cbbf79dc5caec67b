package org.pushbox.protocol.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.pushbox.testing.Requirements;

/**
 * {@code corpus/validate.sh}: decodes WBXML with the corpus's own decoder (Interop-TestSuites code
 * pages) and validates the result against Microsoft's response XSDs with xmllint. Only responses
 * can be checked: the XSDs declare response roots only.
 */
public final class XsdValidation {

    /** What validate.sh said: its exit status (0 = every file valid) and one verdict line per file. */
    public record Verdict(int exitStatus, String output) {
        public boolean valid() {
            return exitStatus == 0;
        }
    }

    private XsdValidation() {
    }

    /** Validates WBXML files in one run of validate.sh (it starts python3 and xmllint per file). */
    public static Verdict validate(List<Path> wbxmlFiles) {
        Path script = Requirements.corpus().resolve("validate.sh");
        Requirements.tool("xmllint", "libxml2-utils");
        Requirements.tool("python3", "python3");
        List<String> command = new ArrayList<>(List.of("bash", script.toString(), "-q"));
        wbxmlFiles.forEach(f -> command.add(f.toString()));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("validate.sh did not finish within 120 s");
            }
            return new Verdict(p.exitValue(), output.strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running validate.sh", e);
        }
    }

    /** Writes {@code wbxml} to {@code dir/name} (which must end in .wbxml) and validates it. */
    public static Verdict validate(Path dir, String name, byte[] wbxml) {
        try {
            return validate(List.of(Files.write(dir.resolve(name), wbxml)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
