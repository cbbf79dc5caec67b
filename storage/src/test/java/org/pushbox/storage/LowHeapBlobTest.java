package org.pushbox.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 50 MB blob goes in and out of a JVM with a 40 MB heap: blobs are streamed, never held whole. */
class LowHeapBlobTest {

    @Test
    void fiftyMegabytesThroughAFortyMegabyteHeap(@TempDir Path dir) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path out = dir.resolve("out.txt");
        Process p = new ProcessBuilder(java.toString(), "-Xmx40m", "-cp", classpath, LowHeapBlobMain.class.getName(),
                dir.resolve("db").toString()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        String output = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(output).isZero();
        String[] last = output.strip().lines().reduce((a, b) -> b).orElse("").split(" ");
        assertThat(last).as(output).hasSize(4);
        assertThat(last[0]).isEqualTo(last[1]);
        assertThat(Long.parseLong(last[2])).isEqualTo(50L * 1024 * 1024);
        assertThat(Long.parseLong(last[3])).isLessThan(50L * 1024 * 1024);
    }
}
