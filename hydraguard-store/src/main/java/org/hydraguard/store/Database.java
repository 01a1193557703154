package org.hydraguard.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * One JDBC connection of the store: every operation runs in {@link #transaction} (writes) or
 * {@link #read}, which commit, or roll back and rethrow. Not thread-safe on its own; its owner
 * serialises calls. A store holds two: the writer ({@link #open}, which also migrates the schema),
 * used by {@link Store}, and a read-only one ({@link #openReader}) for the console's queries in
 * {@link Investigation}, so that a long investigator read never makes an append wait for the
 * connection. SQLite in WAL mode lets a reader and the writer work at once (a reader sees the last
 * commit before its transaction began); PostgreSQL does by MVCC.
 *
 * <p>On SQLite the connection stays in auto-commit mode and the transactions are begun by hand:
 * writes with {@code BEGIN IMMEDIATE}, which takes the write lock up front (waiting up to the busy
 * timeout), because a deferred transaction that reads and then writes fails at once with
 * SQLITE_BUSY when another process wrote in between; reads with a plain {@code BEGIN}, so a long
 * replay does not hold other writers up. (The driver's own transactions begin eagerly after every
 * commit, and an eager {@code BEGIN IMMEDIATE} would hold the write lock while idle.)
 */
final class Database implements AutoCloseable {
    private static final int ATTEMPTS = 8;

    private final Connection connection;
    private final boolean sqlite;
    private final String where;

    private Database(Connection connection, Dialect dialect, String where) {
        this.connection = connection;
        this.sqlite = dialect == Dialect.SQLITE;
        this.where = where;
    }

    /** Work done inside one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Opens the writer connection, after bringing the schema to the latest version. */
    static Database open(StoreConfig config) {
        Dialect dialect = config.dialect();
        String where = Dialect.redacted(config.url());
        if (dialect == Dialect.SQLITE) {
            Path dir = Path.of(config.url().substring("jdbc:sqlite:".length()).replaceFirst("\\?.*$", ""))
                    .toAbsolutePath().getParent();
            if (dir != null && !Files.isDirectory(dir)) {
                throw new StoreException("cannot open store " + where + ": directory " + dir
                        + " does not exist; create it or give another file");
            }
        }
        migrate(config, dialect, where);
        return connect(config, false);
    }

    /**
     * Opens a read-only connection to a store whose writer is open (so the schema is migrated and
     * SQLite is in WAL mode already). The database refuses any write through it.
     */
    static Database openReader(StoreConfig config) {
        return connect(config, true);
    }

    private static Database connect(StoreConfig config, boolean readOnly) {
        Dialect dialect = config.dialect();
        String where = Dialect.redacted(config.url());
        Properties props = new Properties();
        if (config.user() != null) {
            props.setProperty("user", config.user());
        }
        if (config.password() != null) {
            props.setProperty("password", config.password());
        }
        Connection c = null;
        try {
            c = DriverManager.getConnection(config.url(), props);
            if (dialect == Dialect.SQLITE) {
                try (Statement s = c.createStatement()) {
                    // must run outside a transaction; WAL persists in the file, the others per connection.
                    // synchronous=FULL: a committed append survives a crash of the machine, not only the process.
                    if (readOnly) {
                        s.execute("PRAGMA query_only=ON");
                    } else {
                        s.execute("PRAGMA journal_mode=WAL");
                        s.execute("PRAGMA synchronous=FULL");
                        s.execute("PRAGMA foreign_keys=ON");
                    }
                    s.execute("PRAGMA busy_timeout=10000");
                }
            }
            if (dialect != Dialect.SQLITE) {
                c.setAutoCommit(false);
                c.setReadOnly(readOnly);
            }
            return new Database(c, dialect, where);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StoreException("cannot open " + (readOnly ? "the read connection of " : "") + "store " + where
                    + ": " + e.getMessage(), e);
        }
    }

    private static void migrate(StoreConfig config, Dialect dialect, String where) {
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(config.url(), config.user(), config.password())
                    .locations(dialect.migrations())
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot apply the schema migrations (" + dialect.migrations() + ") to " + where
                    + ": " + e.getMessage(), e);
        }
    }

    /** Runs work that writes, in one transaction. */
    <T> T transaction(String what, Work<T> work) {
        return run(what, "BEGIN IMMEDIATE", work);
    }

    /**
     * Inside a transaction: waits until no other transaction writes {@code table}, and keeps others
     * waiting until this one ends. For read-then-write work that must not interleave with its twin
     * in another process (keep the latest N rows). SQLite needs nothing: {@code BEGIN IMMEDIATE}
     * already makes every writing transaction the only one.
     */
    void serializeWrites(Connection c, String table) throws SQLException {
        if (!sqlite) {
            try (Statement s = c.createStatement()) {
                s.execute("LOCK TABLE " + table + " IN SHARE ROW EXCLUSIVE MODE");
            }
        }
    }

    /** Runs work that only reads, in one transaction (one consistent view). */
    <T> T read(String what, Work<T> work) {
        return run(what, "BEGIN", work);
    }

    private <T> T run(String what, String begin, Work<T> work) {
        for (int attempt = 1;; attempt++) {
            boolean open = !sqlite;
            try {
                if (sqlite) {
                    exec(begin);
                    open = true;
                }
                T result = work.run(connection);
                if (sqlite) {
                    exec("COMMIT");
                } else {
                    connection.commit();
                }
                return result;
            } catch (SQLException e) {
                rollback(open, e);
                if (retryable(e) && attempt < ATTEMPTS) {
                    continue;
                }
                throw new StoreException("cannot " + what + " in store " + where + ": " + e.getMessage()
                        + (attempt > 1 ? " (after " + attempt + " attempts)" : ""), e);
            } catch (RuntimeException e) {
                rollback(open, e);
                throw e;
            }
        }
    }

    /**
     * PostgreSQL aborts one of two transactions that wait for each other (two appends of overlapping
     * batches lock the same ids in different orders) or that cannot be serialised; running it again
     * is the documented remedy, and every unit of work here can be run again.
     */
    private boolean retryable(SQLException e) {
        String state = e.getSQLState();
        return !sqlite && ("40P01".equals(state) || "40001".equals(state));
    }

    private void rollback(boolean open, Exception cause) {
        if (!open) {
            return; // BEGIN itself failed (busy): there is nothing to roll back
        }
        try {
            if (sqlite) {
                exec("ROLLBACK");
            } else {
                connection.rollback();
            }
        } catch (SQLException r) {
            cause.addSuppressed(r);
        }
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    String where() {
        return where;
    }

    static long millis(Instant t) {
        return t.toEpochMilli();
    }

    static Instant instant(long millis) {
        return Instant.ofEpochMilli(millis);
    }

    @Override
    public void close() {
        try {
            if (!sqlite) {
                connection.rollback();
            }
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close store " + where + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the open failed already; that error is the one to report
            }
        }
    }
}
