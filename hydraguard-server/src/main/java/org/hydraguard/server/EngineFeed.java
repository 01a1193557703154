package org.hydraguard.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.hydraguard.core.engine.DetectionEngine;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.core.model.Decision;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.store.JournalEntry;
import org.hydraguard.store.Store;
import org.hydraguard.store.StoredIndicator;

/**
 * The detection engine as the engine thread feeds it: journal entries in sequence order, accounts and
 * indicators; and how far it got. It knows the journal sequence it consumed, the store's
 * decided-through mark (decisions of entries up to it were recorded before and are not again, which
 * makes a replay after a crash record each decision once), the stored indicator id its state holds
 * up to (what a snapshot records), and what changed since the last snapshot and campaign save.
 *
 * <p>Engine thread only, except {@link #processedSequence}, {@link #exchanges} and
 * {@link #indicatorsFed}, which request threads read for metrics.
 */
final class EngineFeed {
    private final Store store;
    private final DecisionBoard board;
    private final AtomicLong exchanges = new AtomicLong();
    private final AtomicLong indicatorsFed = new AtomicLong();
    private volatile long processedSequence;

    // engine thread only
    private DetectionEngine engine;
    private long decidedThrough;
    private long indicatorsThrough;
    private long sinceSnapshot;
    private long streamMillis = Long.MIN_VALUE;
    private boolean campaignsDirty;
    /** API key ids first seen since the last decision transaction, with their account: written with it. */
    private final Map<String, String> newKeys = new LinkedHashMap<>();

    EngineFeed(Store store, DecisionBoard board) {
        this.store = store;
        this.board = board;
    }

    /**
     * Takes the engine recovery made (restored or fresh), covering the journal up to
     * {@code coveredSequence} and holding the stored indicators up to {@code indicatorsThrough}.
     */
    void begin(DetectionEngine restored, long coveredSequence, long indicatorsThrough) {
        this.engine = restored;
        this.indicatorsThrough = indicatorsThrough;
        this.processedSequence = coveredSequence;
        this.exchanges.set(restored.stats().exchanges());
        this.decidedThrough = store.decidedThrough();
    }

    /** True once recovery handed over the engine. */
    boolean started() {
        return engine != null;
    }

    void feed(StoredIndicator s) {
        engine.accept(s.indicator());
        indicatorsThrough = Math.max(indicatorsThrough, s.id());
        indicatorsFed.incrementAndGet();
    }

    void feed(Account a) {
        board.seen(a.accountId(), null);
        engine.accept(a);
    }

    /**
     * Feeds one journal entry, collecting the decisions not recorded yet into {@code out}. Does not
     * call the store, so it may run inside a replay callback.
     */
    void replayed(JournalEntry entry, List<Decision> out) {
        accept(entry.exchange(), entry.sequence(), out);
        processedSequence = entry.sequence();
    }

    /** Moves the consumed mark to {@code sequence} (a replay ends there, or nothing came after the snapshot). */
    void consumedThrough(long sequence) {
        processedSequence = Math.max(processedSequence, sequence);
    }

    /** Feeds live entries (skipping any consumed at recovery); returns the decisions to record. */
    List<Decision> consume(List<JournalEntry> entries) {
        List<Decision> decisions = new ArrayList<>();
        for (JournalEntry entry : entries) {
            if (entry.sequence() <= processedSequence) {
                continue; // consumed already (replayed at recovery)
            }
            replayed(entry, decisions);
        }
        return decisions;
    }

    private void accept(Exchange e, long sequence, List<Decision> out) {
        if (board.seen(e.accountId(), e.apiKeyId())) {
            newKeys.put(e.apiKeyId(), e.accountId());
        }
        boolean record = sequence > decidedThrough;
        engine.accept(e, d -> {
            if (record) {
                out.add(d);
            }
        });
        exchanges.incrementAndGet();
        sinceSnapshot++;
        streamMillis = Math.max(streamMillis, e.ts().toEpochMilli());
        campaignsDirty = true;
    }

    /** Records the decisions and the newly seen API keys (durable first), then shows the decisions to the gateway. */
    void finish(List<Decision> decisions) {
        if (decisions.isEmpty() && newKeys.isEmpty()) {
            return;
        }
        store.recordDecisions(decisions, processedSequence, newKeys);
        newKeys.clear();
        decidedThrough = processedSequence;
        decisions.forEach(board::put);
    }

    // ---- for the checkpointer ---------------------------------------------------------------

    boolean campaignsDirty() {
        return campaignsDirty;
    }

    void campaignsMayHaveChanged() {
        campaignsDirty = true;
    }

    /** The engine's current campaign set. */
    List<Campaign> campaigns() {
        return engine.campaigns();
    }

    void campaignsSaved() {
        campaignsDirty = false;
    }

    long sinceSnapshot() {
        return sinceSnapshot;
    }

    /** The engine state as of now, covering {@link #processedSequence}. */
    byte[] snapshot() {
        return engine.snapshot();
    }

    /** A snapshot was saved: exchanges since the last one count again from zero. */
    void snapshotSaved() {
        sinceSnapshot = 0;
    }

    long indicatorsThrough() {
        return indicatorsThrough;
    }

    /** The newest event time consumed, or {@link Long#MIN_VALUE} before any exchange. */
    long streamMillis() {
        return streamMillis;
    }

    // ---- read by request threads ------------------------------------------------------------

    long processedSequence() {
        return processedSequence;
    }

    long exchanges() {
        return exchanges.get();
    }

    long indicatorsFed() {
        return indicatorsFed.get();
    }
}
