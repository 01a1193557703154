package org.hydraguard.io.policy;

import java.io.IOException;

/**
 * A policy file that cannot be used. The message reads {@code FILE:LINE: field PATH: reason}, e.g.
 * {@code policy.yaml:7: field thresholds.block: must be between 0 and 1, got 1.4}.
 */
public final class InvalidPolicyException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String field;

    InvalidPolicyException(String file, int line, String field, String reason) {
        super(file + ":" + line + ": " + (field == null ? "" : "field " + field + ": ") + reason);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public String file() {
        return file;
    }

    /** 1-based line of the offending value; 0 when the file as a whole is wrong. */
    public int line() {
        return line;
    }

    /** Dotted path of the offending field, or {@code null}. */
    public String field() {
        return field;
    }
}
