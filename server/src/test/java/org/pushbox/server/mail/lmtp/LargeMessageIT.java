package org.pushbox.server.mail.lmtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A message with a 56 MB attachment (76 MB as base64) delivered over LMTP in a JVM with a 64 MB heap: DATA
 * is spooled to disk, parsed as a stream and stored as a chunked blob, so the message never has to fit in
 * memory. (40 MB, the storage module's low-heap figure for the store alone, leaves the embedded H2 too
 * little room beside Netty and the parser: its commits then fail now and then.)
 */
class LargeMessageIT {

    static final long HEAP_BYTES = 64L << 20;

    @Test
    void aSeventySixMegabyteMessageThroughASixtyFourMegabyteHeap(@TempDir Path dir) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path out = dir.resolve("out.txt");
        Process p = new ProcessBuilder(java.toString(), "-Xmx" + (HEAP_BYTES >> 20) + "m", "-cp", classpath, LargeMessageMain.class.getName(),
                dir.toString()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("finished").isTrue();
        String output = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(output).isZero();
        String[] last = output.strip().lines().reduce((a, b) -> b).orElse("").split(" ");
        assertThat(last).as(output).hasSize(5);
        assertThat(last[0]).isEqualTo("250_2.1.5_<anna@example.org>_delivered");
        assertThat(Long.parseLong(last[1])).as("decoded attachment size").isEqualTo(LargeMessageMain.ATTACHMENT_BYTES);
        assertThat(last[2]).as("blob holds the whole message").isEqualTo(last[3]);
        assertThat(Long.parseLong(last[3])).as("message size").isGreaterThan(HEAP_BYTES);
        assertThat(Long.parseLong(last[4])).as("the child's heap limit").isLessThanOrEqualTo(HEAP_BYTES);
    }
}
