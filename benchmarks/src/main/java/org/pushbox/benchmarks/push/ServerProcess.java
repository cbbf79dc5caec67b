package org.pushbox.benchmarks.push;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code pushbox serve} in its own JVM, so that its heap, CPU time and threads are its own and can be read
 * from outside: heap through {@code jcmd GC.heap_info}, CPU and threads from {@code /proc/PID}. Listens on
 * 127.0.0.1 only, on a port the OS picks.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on https?://[^:/]+:(\\d+)");
    private static final Pattern HEAP = Pattern.compile("total (\\d+)K, used (\\d+)K");
    /** USER_HZ: the unit of utime/stime in /proc/PID/stat; 100 on every Linux this runs on. */
    private static final double CLOCK_TICKS = 100.0;

    private final Process process;
    private final Path log;
    private final int port;

    private ServerProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Writes {@code settings} (docs/configuration.md keys) to a config file in {@code dir} and starts the
     * server jar with {@code -Xmx<heap>} and a GC log, waiting up to two minutes for it to listen.
     */
    public static ServerProcess start(Path jar, Path dir, String heap, Map<String, String> settings)
            throws IOException, InterruptedException {
        StringBuilder conf = new StringBuilder("bind-address = 127.0.0.1\nport = 0\ndemo-account = false\n");
        settings.forEach((k, v) -> conf.append(k).append(" = ").append(v).append('\n'));
        Path config = Files.writeString(dir.resolve("pushbox.conf"), conf.toString());
        Path log = dir.resolve("server.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Xlog:gc:file=" + dir.resolve("gc.log"), "-jar", jar.toString(),
                "serve", "--config", config.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            Matcher m = LISTENING.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (m.find()) {
                return new ServerProcess(process, log, Integer.parseInt(m.group(1)));
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IOException("the server did not start; its output:\n" + Files.readString(log, StandardCharsets.UTF_8));
    }

    public InetSocketAddress address() {
        return new InetSocketAddress("127.0.0.1", port);
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    /** Heap in use and committed, in MiB, as the server's JVM reports it now. */
    public HeapUse heap() throws IOException, InterruptedException {
        Matcher m = HEAP.matcher(jcmd("GC.heap_info"));
        if (!m.find()) {
            throw new IOException("no heap figures in jcmd GC.heap_info");
        }
        return new HeapUse(Long.parseLong(m.group(2)) / 1024.0, Long.parseLong(m.group(1)) / 1024.0);
    }

    /** Heap after a full collection: what the server really keeps alive. */
    public HeapUse heapAfterFullGc() throws IOException, InterruptedException {
        jcmd("GC.run");
        return heap();
    }

    /** User plus system CPU seconds the server process has used so far. */
    public double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid()), "stat"));
        // Fields after the command name, which is in parentheses and may contain spaces: state is field 3.
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / CLOCK_TICKS;
    }

    /**
     * Seconds the server's live threads spent runnable but waiting for a CPU (sum of the second field of
     * /proc/PID/task/TID/schedstat): on a machine shared with other work, the part of a wall-clock figure
     * that is the machine's load rather than the server.
     */
    public double runQueueWaitSeconds() throws IOException {
        long nanos = 0;
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid()), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    nanos += Long.parseLong(Files.readString(task.resolve("schedstat")).trim().split(" ")[1]);
                } catch (IOException gone) {
                    // the thread ended meanwhile
                }
            }
        }
        return nanos / 1e9;
    }

    /** A line of /proc/PID/status, e.g. {@code Threads} or {@code VmRSS}, as written there. */
    public String status(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
            if (line.startsWith(field + ":")) {
                return line.substring(field.length() + 1).trim();
            }
        }
        return "?";
    }

    private String jcmd(String what) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid()), what).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("jcmd " + what + " failed: " + out);
        }
        return out;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Heap figures in MiB. */
    public record HeapUse(double usedMiB, double committedMiB) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%.0f MiB used of %.0f MiB committed", usedMiB, committedMiB);
        }
    }
}
