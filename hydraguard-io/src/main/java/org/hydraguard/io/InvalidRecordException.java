package org.hydraguard.io;

/** A record that breaks the contract: which field ({@code null} for the record as a whole) and why. */
public final class InvalidRecordException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final String reason;

    InvalidRecordException(String field, String reason) {
        super(field == null ? reason : "field " + field + ": " + reason, null, false, false);
        this.field = field;
        this.reason = reason;
    }

    /** The contract name of the bad field, or null when the record as a whole is bad (not JSON, say). */
    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
