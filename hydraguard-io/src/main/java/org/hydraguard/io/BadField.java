package org.hydraguard.io;

/**
 * Why one record is not accepted: the field ({@code null} for the record as a whole) and the reason.
 * Thrown on the per-record path of a reader, so it carries no stack trace (it is data, not a bug).
 */
final class BadField extends Exception {
    private static final long serialVersionUID = 1L;
    private final String field;

    BadField(String field, String reason) {
        super(reason, null, false, false);
        this.field = field;
    }

    String field() {
        return field;
    }

    String reason() {
        return getMessage();
    }
}
