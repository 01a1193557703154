package org.hydraguard.store;

import java.time.Instant;

/**
 * One line of the append-only audit trail: who did what to which subject, when (event time), with a
 * human-readable detail. {@code sequence} orders the trail as it was written.
 */
public record AuditEntry(long sequence, String who, Instant at, String action, String subject, String detail) {

    public AuditEntry {
        Checks.text(who, "who");
        Checks.time(at, "at");
        Checks.text(action, "action");
        Checks.text(subject, "subject");
        if (detail == null) {
            throw new IllegalArgumentException("audit detail is missing (use an empty text for none)");
        }
    }
}
