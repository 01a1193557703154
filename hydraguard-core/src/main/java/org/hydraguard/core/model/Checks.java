package org.hydraguard.core.model;

/** Argument checks shared by the records; messages name the field and the offending value. */
final class Checks {
    private Checks() {}

    static String required(String value, String field) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(field + " is required but was " + (value == null ? "missing" : "empty"));
        }
        return value;
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required but was missing");
        }
        return value;
    }

    static long notNegative(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative: " + value);
        }
        return value;
    }

    static double unitInterval(double value, String field) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(field + " must be between 0 and 1, inclusive: " + value);
        }
        return value;
    }
}
