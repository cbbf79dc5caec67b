package org.pushbox.benchmarks.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time of the local MariaDB server process, read from /proc: the database shares the machine's cores
 * with pushbox, so its work per message belongs in the figures.
 */
final class DatabaseProcess {

    private static final double CLOCK_TICKS = 100.0;

    private DatabaseProcess() {
    }

    /** User plus system CPU seconds of {@code mariadbd} (or {@code mysqld}), or -1 when none runs here. */
    static double cpuSeconds() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) processes::iterator) {
                String name = p.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String comm = Files.readString(p.resolve("comm")).trim();
                    if (comm.equals("mariadbd") || comm.equals("mysqld")) {
                        String stat = Files.readString(p.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / CLOCK_TICKS;
                    }
                } catch (IOException gone) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }
}
