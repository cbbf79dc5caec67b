package org.pushbox.server.admin;

import java.io.IOException;
import java.nio.file.Files;
import org.pushbox.server.config.PushboxConfig;
import org.pushbox.server.config.StoreSettings;
import org.pushbox.storage.api.MailboxStore;

/** Opens the configured store, creating the data directory the embedded database lives in. */
final class StoreOpener {

    private StoreOpener() {
    }

    static MailboxStore open(PushboxConfig config) throws IOException {
        if (config.database().isEmpty()) {
            Files.createDirectories(config.dataDir());
        }
        return MailboxStore.open(StoreSettings.of(config));
    }
}
