package org.pushbox.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Postfix instance of a test's own (Debian's package, started as root): own queue and data directories under
 * the test's folder, loopback only, no chroot, SMTP on a port of the test's choosing, and its log in a file.
 */
public final class PrivatePostfix {

    private PrivatePostfix() {
    }

    /** Writes {@code postfix/conf}; {@code routing} are the main.cf lines saying where mail goes. */
    public static void configure(Path postfix, int smtpPort, List<String> routing) throws IOException {
        Path conf = Files.createDirectories(postfix.resolve("conf"));
        Path data = Files.createDirectories(postfix.resolve("data"));
        Files.createDirectories(postfix.resolve("queue"));
        for (Path p = postfix; p != null; p = p.getParent()) { // the postfix user must reach its directories
            if (Files.getOwner(p).getName().equals("root") && p.startsWith(postfix.getParent())) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        Files.setOwner(data, postfix.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postfix"));
        List<String> mainCf = new ArrayList<>(List.of(
                "compatibility_level = 3.6",
                "queue_directory = " + postfix.resolve("queue"),
                "data_directory = " + data,
                "maillog_file_prefixes = " + postfix,
                "maillog_file = " + postfix.resolve("maillog"),
                "myhostname = relay.pushbox.test",
                "mydestination =",
                "inet_interfaces = loopback-only",
                "inet_protocols = ipv4",
                "mynetworks = 127.0.0.0/8", // as docs/mail-out.md: pushbox on loopback is trusted
                "alias_maps =",
                "alias_database =",
                "biff = no"));
        mainCf.addAll(routing);
        mainCf.add("");
        Files.writeString(conf.resolve("main.cf"), String.join("\n", mainCf), StandardCharsets.UTF_8);
        List<String> master = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("/etc/postfix/master.cf"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\\s+");
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#") && f.length >= 8) {
                if (f[0].equals("smtp") && f[1].equals("inet")) {
                    continue; // not port 25
                }
                f[4] = "n"; // no chroot: it would need a copy of system files inside the queue directory
                line = String.join(" ", f);
            }
            master.add(line);
        }
        master.add("127.0.0.1:" + smtpPort + " inet n - n - - smtpd");
        Files.write(conf.resolve("master.cf"), master, StandardCharsets.UTF_8);
    }

    public static void start(Path postfix) throws Exception {
        run("postfix", "-c", postfix.resolve("conf").toString(), "start");
    }

    public static void stop(Path postfix) throws Exception {
        if (Files.exists(postfix.resolve("conf").resolve("main.cf"))) {
            Process p = new ProcessBuilder("postfix", "-c", postfix.resolve("conf").toString(), "stop")
                    .redirectErrorStream(true).start();
            p.getInputStream().transferTo(OutputStream.nullOutputStream());
            p.waitFor(60, TimeUnit.SECONDS);
        }
    }

    public static String log(Path postfix) throws IOException {
        Path log = postfix.resolve("maillog");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no maillog)";
    }

    /** The log once it contains {@code text}, or as it is after 90 s. */
    public static String awaitLog(Path postfix, String text) throws Exception {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!log(postfix).contains(text) && System.nanoTime() < giveUp) {
            Thread.sleep(100);
        }
        return log(postfix);
    }

    public static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
