package org.hydraguard.store;

import java.util.Locale;
import java.util.regex.Pattern;

/** The databases the store runs on; each has its own migration folder with the same versions. */
enum Dialect {
    SQLITE("jdbc:sqlite:", "sqlite"),
    POSTGRESQL("jdbc:postgresql:", "postgresql");

    private static final Pattern SECRET = Pattern.compile("(?i)(password=)[^&;]*");

    private final String prefix;
    private final String folder;

    Dialect(String prefix, String folder) {
        this.prefix = prefix;
        this.folder = folder;
    }

    String migrations() {
        return "classpath:db/migration/" + folder;
    }

    static Dialect of(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        for (Dialect d : values()) {
            if (lower.startsWith(d.prefix)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unsupported database URL '" + redacted(url)
                + "': the store supports jdbc:sqlite:<file> (the embedded single-file default, e.g."
                + " jdbc:sqlite:/var/lib/hydraguard/hydraguard.db) and jdbc:postgresql://<host>[:<port>]/<database>"
                + " (shared deployments)");
    }

    /** The URL without any password it carries, for messages and logs. */
    static String redacted(String url) {
        return SECRET.matcher(url).replaceAll("$1***");
    }
}
