package org.hydraguard.store;

import java.time.Instant;

/** Argument checks with messages that name the argument and the value. */
final class Checks {
    private Checks() {}

    static String text(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must be a non-blank text: " + (value == null ? "null" : "'" + value + "'"));
        }
        return value;
    }

    static Instant time(Instant value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " (event time) is missing");
        }
        return value;
    }

    static long notNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
        return value;
    }
}
