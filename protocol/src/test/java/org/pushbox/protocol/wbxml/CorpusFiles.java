package org.pushbox.protocol.wbxml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.pushbox.testing.Requirements;

/** The real-device WBXML bodies of the shared corpus, read in place (never copied: AGPL test data). */
public final class CorpusFiles {

    private CorpusFiles() {
    }

    /** Every {@code .wbxml} body under {@code corpus/devices}, sorted, as paths relative to it. */
    public static List<Path> wbxmlBodies() {
        Path devices = devices();
        try (Stream<Path> files = Files.walk(devices)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".wbxml"))
                    .map(devices::relativize).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path devices() {
        return Requirements.corpus().resolve("devices");
    }

    public static byte[] read(Path relative) {
        try {
            return Files.readAllBytes(devices().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
