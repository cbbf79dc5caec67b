package org.pushbox.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.pushbox.storage.api.StorageConfig;

/** An H2 file database in a fresh temporary directory, in the same mode the embedded default uses. */
final class H2TestDatabase implements TestDatabase {

    private final Path dir;
    private final StorageConfig config;

    H2TestDatabase() {
        try {
            dir = Files.createTempDirectory("pushbox-h2-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        config = StorageConfig.embedded(dir).withPasswordHashing(CHEAP_HASHING).withMaxPoolSize(12);
    }

    @Override
    public StorageConfig config() {
        return config;
    }

    @Override
    public String name() {
        return "H2";
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
