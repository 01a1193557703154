package org.hydraguard.core.policy;

import java.time.Duration;
import java.time.Instant;
import org.hydraguard.core.model.Action;

/**
 * How long each action stays in force after it was decided; {@code null} means it does not expire.
 * An expired restriction is re-decided at the subject's next exchange from the then-current evidence.
 */
public record Expiry(Duration monitor, Duration throttle, Duration challenge, Duration block) {

    public Expiry {
        positive(monitor, "monitor");
        positive(throttle, "throttle");
        positive(challenge, "challenge");
        positive(block, "block");
    }

    public static Expiry defaults() {
        return new Expiry(Duration.ofDays(7), Duration.ofDays(3), Duration.ofDays(7), Duration.ofDays(30));
    }

    public Duration of(Action action) {
        return switch (action) {
            case ALLOW -> null;
            case MONITOR -> monitor;
            case THROTTLE -> throttle;
            case CHALLENGE -> challenge;
            case BLOCK -> block;
        };
    }

    /** When an action decided at {@code decidedAt} expires, or {@code null} for never. */
    public Instant expiresAt(Action action, Instant decidedAt) {
        Duration d = of(action);
        return d == null ? null : decidedAt.plus(d);
    }

    private static void positive(Duration d, String name) {
        if (d != null && (d.isNegative() || d.isZero())) {
            throw new IllegalArgumentException(name + " expiry must be positive or absent (never expires): " + d);
        }
    }
}
