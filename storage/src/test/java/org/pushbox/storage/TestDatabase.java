package org.pushbox.storage;

import org.pushbox.storage.api.PasswordHashing;
import org.pushbox.storage.api.StorageConfig;

/** An empty database made for one test class, and how to get rid of it. */
interface TestDatabase extends AutoCloseable {

    /** Cheap Argon2 parameters: tests hash many passwords; 4 MiB keeps hashing the dominant cost of a login. */
    PasswordHashing CHEAP_HASHING = new PasswordHashing(4096, 1, 1);

    StorageConfig config();

    /** A short name for messages ("H2", "MariaDB 10.11.x"). */
    String name();

    @Override
    void close();
}
