package org.pushbox.server.command.itemoperations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 50 MB attachment fetched as a multipart ItemOperations answer over HTTP from a server in a JVM with a
 * 64 MB heap: the part is streamed from the store (decoded from the MIME blob) to the socket, never held.
 * Inline it could not be sent at all (base64 in a WBXML document in memory; pushbox answers Status 11).
 */
class LargeAttachmentIT {

    static final long HEAP_BYTES = 64L << 20;

    @Test
    void aFiftyMegabyteAttachmentThroughASixtyFourMegabyteHeap(@TempDir Path dir) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path out = dir.resolve("out.txt");
        Process p = new ProcessBuilder(java.toString(), "-Xmx" + (HEAP_BYTES >> 20) + "m", "-cp", classpath,
                LargeAttachmentMain.class.getName(), dir.toString()).redirectErrorStream(true)
                .redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(400, TimeUnit.SECONDS)).as("finished").isTrue();
        String output = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(output).isZero();
        String[] last = output.strip().lines().reduce((a, b) -> b).orElse("").split(" ");
        assertThat(last).as(output).hasSize(6);
        assertThat(last[0]).as("HTTP status").isEqualTo("200");
        assertThat(last[1]).isEqualTo("application/vnd.ms-sync.multipart");
        assertThat(last[2]).as("parts: WBXML and the attachment").isEqualTo("2");
        assertThat(Long.parseLong(last[3])).isEqualTo(LargeAttachmentMain.ATTACHMENT_BYTES);
        assertThat(last[4]).as("the streamed part is the attachment, byte for byte").isEqualTo("true");
        assertThat(Long.parseLong(last[5])).as("the child's heap limit").isLessThanOrEqualTo(HEAP_BYTES);
    }
}
