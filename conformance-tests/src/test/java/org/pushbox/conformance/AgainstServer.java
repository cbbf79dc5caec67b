package org.pushbox.conformance;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The life of a test class that talks to the {@link ConformanceTarget}: started before the first test,
 * and after the last one every WBXML response the class received is validated against the XSDs. Test
 * classes run one after another, so the one static target is never shared by two classes at a time.
 */
abstract class AgainstServer {

    @TempDir
    static Path workDir;

    static ConformanceTarget target;

    @BeforeAll
    static void startTarget() throws Exception {
        target = ConformanceTarget.start(workDir);
    }

    @AfterAll
    static void validateAndStop() {
        if (target == null) {
            return;
        }
        int checked = target.checks().responses();
        try {
            target.close();
        } finally {
            target = null;
        }
        if (checked == 0) {
            throw new AssertionError("no WBXML response reached the independent checks");
        }
    }
}
