package org.hydraguard.store;

import java.nio.file.Files;
import java.nio.file.Path;

/** The store contract on the embedded default: a SQLite file per test, under target/. */
class SqliteStoreTest extends StoreContract {

    @Override
    protected StoreConfig newDatabase() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "sqlite-tests"));
        return StoreConfig.sqlite(Files.createTempDirectory(dir, "store").resolve("hydraguard.db"));
    }
}
