package org.pushbox.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Preconditions of tests that need something outside the JVM: an external tool (libwbxml, xmllint),
 * a database server, or the shared corpus beside the checkout.
 *
 * <p>On a user's clone a missing precondition skips the test with a message that says how to get
 * it. In strict mode (environment {@code PUSHBOX_STRICT_TESTS=true}, which {@code .ci/run} sets)
 * the same absence fails the test, so that CI can never pass by skipping.
 */
public final class Requirements {

    private Requirements() {
    }

    /** True when a missing precondition must fail the test instead of skipping it. */
    public static boolean strict() {
        String env = System.getenv("PUSHBOX_STRICT_TESTS");
        String prop = System.getProperty("pushbox.strict");
        return isTrue(env) || isTrue(prop);
    }

    private static boolean isTrue(String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equals("1") || value.equalsIgnoreCase("yes"));
    }

    /** Skips (or, in strict mode, fails) the test when {@code condition} is false. */
    public static void require(boolean condition, String whatIsMissing) {
        if (condition) {
            return;
        }
        if (strict()) {
            Assertions.fail("required for this test in strict mode (PUSHBOX_STRICT_TESTS=true): " + whatIsMissing);
        }
        Assumptions.abort("skipped: " + whatIsMissing);
    }

    /** Requires an executable on the PATH, e.g. {@code wbxml2xml}; returns its name for convenience. */
    public static String tool(String executable, String debianPackage) {
        require(onPath(executable), executable + " is not installed (apt-get install " + debianPackage + ")");
        return executable;
    }

    /** Whether an executable is on the PATH. */
    public static boolean onPath(String executable) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, executable);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The {@code shared/} folder beside the checkout (corpus and docs). Found from the system property
     * {@code pushbox.shared} (set by the build), the environment variable {@code PUSHBOX_SHARED}, or by
     * walking up from the working directory.
     */
    public static Path shared() {
        Path found = locateShared();
        require(found != null, "../shared (the EAS corpus beside the checkout) is absent; it is present in CI. "
                + "Set PUSHBOX_SHARED=/path/to/shared to use one elsewhere");
        return found;
    }

    /** {@code shared/corpus}, with the same skip/fail rule as {@link #shared()}. */
    public static Path corpus() {
        Path corpus = shared().resolve("corpus");
        require(Files.isDirectory(corpus.resolve("devices")), "corpus/devices is missing under " + shared());
        return corpus;
    }

    private static Path locateShared() {
        for (String candidate : new String[] {System.getProperty("pushbox.shared"), System.getenv("PUSHBOX_SHARED")}) {
            if (candidate != null && !candidate.isBlank() && Files.isDirectory(Path.of(candidate, "corpus"))) {
                return Path.of(candidate).toAbsolutePath().normalize();
            }
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isDirectory(candidate.resolve("corpus"))) {
                return candidate.normalize();
            }
        }
        return null;
    }

    /** Runs a short external command and returns whether it exited 0 within the timeout. */
    public static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The operating system name in lower case, for tests that need Linux. */
    public static String os() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    }
}
