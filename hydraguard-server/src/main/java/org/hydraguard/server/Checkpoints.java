package org.hydraguard.server;

import java.time.Duration;

/**
 * How often the live engine writes its state to the store.
 *
 * @param snapshotEveryExchanges snapshot after this many exchanges since the last one
 * @param snapshotInterval ... or after this much wall time, if anything was consumed since
 * @param campaignsInterval save the current campaign set (for the console) at most this often, when it may have changed
 * @param journalRetention after a snapshot, drop journal entries it covers that are older than this in
 *     event time (behind the newest exchange consumed); newer ones stay for the console's evidence
 */
public record Checkpoints(long snapshotEveryExchanges, Duration snapshotInterval, Duration campaignsInterval,
        Duration journalRetention) {

    public Checkpoints {
        if (snapshotEveryExchanges < 1) {
            throw new IllegalArgumentException("snapshotEveryExchanges must be at least 1: " + snapshotEveryExchanges);
        }
        positive(snapshotInterval, "snapshotInterval");
        positive(campaignsInterval, "campaignsInterval");
        positive(journalRetention, "journalRetention");
    }

    /** 200,000 exchanges or 5 minutes per snapshot, campaigns every 2 s, 30 days of journal. */
    public static Checkpoints defaults() {
        return new Checkpoints(200_000, Duration.ofMinutes(5), Duration.ofSeconds(2), Duration.ofDays(30));
    }

    private static void positive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration: " + d);
        }
    }
}
