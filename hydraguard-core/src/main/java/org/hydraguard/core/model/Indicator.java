package org.hydraguard.core.model;

import java.time.Instant;

/** What is known about an actor (contract section 3), from threat intelligence or our own findings. */
public record Indicator(
        IndicatorType type,
        String value,
        String actor,
        Integer confidence,
        String source,
        Instant validFrom,
        Instant validUntil) {

    public Indicator {
        Checks.required(type, "type");
        Checks.required(value, "value");
        Checks.required(actor, "actor");
        if (confidence != null && (confidence < 0 || confidence > 100)) {
            throw new IllegalArgumentException("confidence must be between 0 and 100, inclusive: " + confidence);
        }
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("valid_until " + validUntil + " is before valid_from " + validFrom);
        }
    }

    /** Whether the indicator is in force at event time {@code at}. */
    public boolean validAt(Instant at) {
        return (validFrom == null || !at.isBefore(validFrom)) && (validUntil == null || !at.isAfter(validUntil));
    }
}
