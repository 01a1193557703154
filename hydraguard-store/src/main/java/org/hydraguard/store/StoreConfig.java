package org.hydraguard.store;

import java.nio.file.Path;

/**
 * Where the store lives: a JDBC URL ({@code jdbc:sqlite:/path/hydraguard.db} or
 * {@code jdbc:postgresql://host:5432/hydraguard}) and, for PostgreSQL, the user and password
 * ({@code null} when the URL or the server needs none). {@link #toString()} never shows the password.
 */
public record StoreConfig(String url, String user, String password) {

    public StoreConfig {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("store URL is missing; expected jdbc:sqlite:<file> or"
                    + " jdbc:postgresql://<host>[:<port>]/<database>");
        }
        Dialect d = Dialect.of(url);
        if (d == Dialect.SQLITE) {
            String file = url.substring("jdbc:sqlite:".length());
            if (file.isEmpty() || file.startsWith(":memory:") || file.contains("mode=memory")) {
                throw new IllegalArgumentException("in-memory SQLite ('" + url + "') is not supported: the store must"
                        + " survive a restart; give a file, e.g. jdbc:sqlite:/var/lib/hydraguard/hydraguard.db");
            }
        }
    }

    /** The embedded default: one SQLite file. */
    public static StoreConfig sqlite(Path file) {
        return new StoreConfig("jdbc:sqlite:" + file.toAbsolutePath(), null, null);
    }

    Dialect dialect() {
        return Dialect.of(url);
    }

    @Override
    public String toString() {
        return "StoreConfig[url=" + Dialect.redacted(url) + ", user=" + user + ", password="
                + (password == null ? "none" : "***") + "]";
    }
}
