package org.pushbox.server.pim;

import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh {@link PimStore} per test, for the import and export tests. */
abstract class PimStoreFixture {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;
    PimStore s;

    @BeforeEach
    void open() {
        s = new PimStore(dir);
    }

    @AfterEach
    void close() {
        s.close();
    }
}
