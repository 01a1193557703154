package org.hydraguard.sim;

import java.time.Instant;
import java.util.List;

/** The true totals of a run, as written to {@code scenario.json}. */
public record SimulationSummary(String scenario, long seed, double scale, Totals honest, List<Totals> campaigns) {
    public SimulationSummary {
        campaigns = List.copyOf(campaigns);
    }

    /** Totals of one actor; {@code first}/{@code last} are null when it sent nothing. */
    public record Totals(String actor, long accounts, long endUsers, long exchanges, long inputTokens, long outputTokens, Instant first, Instant last) {
        static Totals of(Tally t) {
            return new Totals(t.actor, t.accounts, t.endUsers, t.exchanges, t.inputTokens, t.outputTokens,
                    t.exchanges == 0 ? null : Instant.ofEpochMilli(t.firstTs), t.exchanges == 0 ? null : Instant.ofEpochMilli(t.lastTs));
        }
    }

    public long exchanges() {
        return honest.exchanges() + campaigns.stream().mapToLong(Totals::exchanges).sum();
    }

    public long accounts() {
        return honest.accounts() + campaigns.stream().mapToLong(Totals::accounts).sum();
    }
}
