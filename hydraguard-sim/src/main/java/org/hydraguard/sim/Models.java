package org.hydraguard.sim;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The models a scenario serves: a large and a small current model, an older large model some
 * accounts stay on, and optionally a new large model released during the window. Honest accounts
 * adopt the release one by one (an adoption time each, days to weeks after release, some never);
 * an operator chasing the newest model moves within hours.
 */
record Models(String large, String small, String legacy, String released, long releaseAt) {
    static final long NEVER = Long.MAX_VALUE;

    Models {
        if (released == null) {
            releaseAt = NEVER;
        }
    }

    List<String> names() {
        return released == null ? List.of(large, small, legacy) : List.of(large, small, legacy, released);
    }

    /** When an honest account starts using the release: never for about a quarter of accounts. */
    long adoption(SplittableRandom r, double eagerness) {
        if (released == null || r.nextDouble() > 0.75 * Math.min(1.0, eagerness + 0.5)) {
            return NEVER;
        }
        double meanDays = 12.0 / Math.max(0.2, eagerness);
        return releaseAt + (long) (Dist.exponential(r, meanDays) * Times.DAY) + Dist.between(r, 2, 30) * Times.HOUR;
    }

    /** The large model an account uses at {@code now} given its adoption time. */
    String largeAt(long now, long adoptAt) {
        return now >= adoptAt && now >= releaseAt ? released : large;
    }
}
