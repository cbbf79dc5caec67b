package org.pushbox.server.mail.lmtp;

import io.netty.buffer.ByteBuf;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The file one message is received into, so that its size never turns into heap. Written only from
 * worker threads, one write at a time (the session pauses reading meanwhile). The file is deleted by
 * {@link #delete()} once the message is delivered or refused; {@link #cleanDirectory} removes what a crash
 * left behind (a crash before our reply means the MTA still has the message).
 */
final class Spool {

    static final String PREFIX = "lmtp-";

    private final Path directory;
    private Path file;
    private FileChannel channel;

    Spool(Path directory) {
        this.directory = directory;
    }

    /** Appends the readable bytes of {@code bytes} (without consuming them). */
    void write(ByteBuf bytes) throws IOException {
        if (channel == null) {
            Files.createDirectories(directory);
            file = Files.createTempFile(directory, PREFIX, ".eml");
            channel = FileChannel.open(file, StandardOpenOption.WRITE);
        }
        for (ByteBuffer buffer : bytes.nioBuffers()) {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }

    /** Closes the file and returns it; an empty message still gets an (empty) file. */
    Path finish() throws IOException {
        if (channel == null) {
            Files.createDirectories(directory);
            file = Files.createTempFile(directory, PREFIX, ".eml");
        } else {
            channel.close();
            channel = null;
        }
        return file;
    }

    void delete() {
        try {
            if (channel != null) {
                channel.close();
                channel = null;
            }
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // left for cleanDirectory at the next start
        }
    }

    /** Deletes spool files of an earlier run. */
    static void cleanDirectory(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (var files = Files.newDirectoryStream(directory, PREFIX + "*.eml")) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        }
    }
}
