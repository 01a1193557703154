package org.hydraguard.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Gives each test a store on a database of its own, made by the subclass for its database. */
abstract class StoreFixture {
    protected StoreConfig config;
    protected Store store;

    /** A new, empty database (a file, or a database on a running server). */
    protected abstract StoreConfig newDatabase() throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        config = newDatabase();
        store = Store.open(config);
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    /** Closes and opens the store again on the same database, as a restart does. */
    protected void reopen() {
        store.close();
        store = Store.open(config);
    }
}
