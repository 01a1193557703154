package org.hydraguard.sim;

/** True totals of one actor (the honest population, or one campaign), counted as records are written. */
final class Tally {
    final String actor;
    long accounts;
    long endUsers;
    long exchanges;
    long inputTokens;
    long outputTokens;
    long firstTs = Long.MAX_VALUE;
    long lastTs = Long.MIN_VALUE;

    Tally(String actor) {
        this.actor = actor;
    }

    void count(long ts, long in, long out) {
        exchanges++;
        inputTokens += in;
        outputTokens += out;
        firstTs = Math.min(firstTs, ts);
        lastTs = Math.max(lastTs, ts);
    }
}
