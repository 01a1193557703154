package org.hydraguard.server;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Decision;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.model.Indicator;
import org.hydraguard.store.JournalEntry;
import org.hydraguard.store.Store;
import org.hydraguard.store.StoredIndicator;

/**
 * Owns the detection engine on one thread and keeps it in step with the store's exchange journal;
 * this class is the admission side and the thread, the engine's own work is split by role.
 *
 * <p>Write path: {@link #ingest} journals a batch (the commit makes it durable), then queues the new
 * entries for the engine, both under one lock so that the engine consumes entries in sequence order,
 * the order a replay uses. When the queue is full ingest is refused before anything is journalled
 * (429), so memory stays bounded by the queue. On the engine thread, the {@link EngineFeed} feeds
 * each batch to the engine and records its decisions with the sequence they reach in one transaction,
 * then publishes them to the {@link DecisionBoard}; the {@link Checkpointer} saves campaigns and
 * snapshots at the configured cadence; and first of all {@link Recovery} restores the latest snapshot
 * and replays the journal after it. The {@link EngineThread} runs all three, one task at a time. API key ids first seen by the engine are written with the next
 * decision transaction, so the gateway knows them after a restart even when the journal that taught
 * them is covered by a snapshot or pruned.
 */
public final class LiveEngine implements AutoCloseable {
    /** What became of a batch handed to {@link #ingest}. */
    public sealed interface Admission {
        /** Journalled: these entries were new, the rest were duplicates. */
        record Taken(List<JournalEntry> fresh) implements Admission {}

        /** Stored (indicators): this many were new, the rest were stored before. */
        record Stored(int fresh) implements Admission {}

        /** Nothing was journalled; the client should send the batch again after {@code retryAfterSeconds}. */
        record Refused(int status, int retryAfterSeconds, String reason) implements Admission {}
    }

    private final Store store;
    private final EngineFeed feed;
    private final Checkpointer checkpointer;
    private final Recovery recovery;
    private final Checkpoints checkpoints;
    private final EngineThread worker;
    private final Object journalLock = new Object();
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong journalled = new AtomicLong();
    private volatile boolean stopping;

    public LiveEngine(Store store, DecisionBoard board, EngineRecipe recipe, Checkpoints checkpoints, int queueBatches) {
        if (store == null || board == null || recipe == null || checkpoints == null) {
            throw new IllegalArgumentException("a live engine needs a store, a decision board, a recipe and checkpoints");
        }
        if (queueBatches < 1) {
            throw new IllegalArgumentException("queueBatches must be at least 1: " + queueBatches);
        }
        this.store = store;
        this.feed = new EngineFeed(store, board);
        this.checkpointer = new Checkpointer(store, feed, checkpoints);
        this.recovery = new Recovery(store, recipe, feed, checkpointer);
        this.checkpoints = checkpoints;
        this.worker = new EngineThread(queueBatches);
    }

    /**
     * Starts the engine thread: recovery first, then queued work. The board should already hold the
     * store's decisions ({@link DecisionBoard#restore}), so the gateway answers during recovery.
     */
    public void start() {
        journalled.set(store.acceptedCount());
        long tick = Math.max(100, Math.min(1000, checkpoints.campaignsInterval().toMillis() / 2));
        worker.start(recovery::run, () -> checkpoint(false), Duration.ofMillis(tick));
    }

    // ---- write path (request threads) -------------------------------------------------------

    /** Journals the batch and queues its new entries for the engine, or refuses it whole. */
    public Admission ingest(List<Exchange> batch) {
        return ingest(batch, null);
    }

    /**
     * As {@link #ingest(List)}, journalling each exchange as the contract JSON line it was received
     * as ({@code lines}, parallel to {@code batch}), which saves writing it out again.
     */
    public Admission ingest(List<Exchange> batch, List<String> lines) {
        synchronized (journalLock) {
            Optional<Admission.Refused> refused = refusal();
            if (refused.isPresent()) {
                return refused.get();
            }
            List<JournalEntry> fresh = store.appendFresh(batch, lines);
            if (!fresh.isEmpty()) {
                journalled.addAndGet(fresh.size());
                pending.addAndGet(fresh.size());
                worker.put(() -> consume(fresh));
            }
            return new Admission.Taken(fresh);
        }
    }

    /** Stores the accounts (upserts) and queues them for the engine, or refuses them whole. */
    public Optional<Admission.Refused> ingestAccounts(List<Account> accounts) {
        synchronized (journalLock) {
            Optional<Admission.Refused> refused = refusal();
            if (refused.isEmpty() && !accounts.isEmpty()) {
                store.upsertAll(accounts);
                worker.put(() -> accounts.forEach(feed::feed));
            }
            return refused;
        }
    }

    /** As {@link #ingestIndicators}; false when they were refused (nothing stored). */
    public boolean offerIndicators(List<Indicator> indicators) {
        return ingestIndicators(indicators) instanceof Admission.Stored;
    }

    /**
     * Stores the indicators not stored before and queues those for the engine, or refuses them all.
     * Stored first, so a restart feeds them again; under the journal lock, so the engine is fed them
     * in id order and a snapshot's "indicators through" mark covers exactly the ones its state holds.
     */
    public Admission ingestIndicators(List<Indicator> indicators) {
        synchronized (journalLock) {
            Optional<Admission.Refused> refused = refusal();
            if (refused.isPresent()) {
                return refused.get();
            }
            List<StoredIndicator> fresh = indicators.isEmpty() ? List.of() : store.saveIndicators(indicators);
            if (!fresh.isEmpty()) {
                worker.put(() -> fresh.forEach(feed::feed));
            }
            return new Admission.Stored(fresh.size());
        }
    }

    private Optional<Admission.Refused> refusal() {
        Throwable failure = worker.failure();
        if (failure != null || stopping) {
            return Optional.of(new Admission.Refused(503, 30, "the engine is not running"
                    + (failure == null ? "" : " (" + failure + ")") + "; nothing from this batch was taken"));
        }
        if (!worker.ready()) {
            return Optional.of(new Admission.Refused(503, 5, "the engine is recovering its state from the store;"
                    + " nothing from this batch was taken, send it again"));
        }
        // one slot is kept for the checkpoint ticker and awaitIdle, so a put below never waits long
        if (worker.room() <= 1) {
            return Optional.of(new Admission.Refused(429, 1,
                    "the engine is behind; nothing from this batch was taken, send it again"));
        }
        return Optional.empty();
    }

    /** Waits until everything queued before this call is done; false on timeout. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        return worker.awaitIdle(timeout);
    }

    /**
     * Waits until everything queued before this call is done, then saves the campaigns (and a snapshot)
     * at once rather than at the next tick, so the store shows what was ingested; false on timeout.
     */
    public boolean checkpointNow(Duration timeout) throws InterruptedException {
        return worker.runAfterQueued(() -> checkpoint(true), timeout);
    }

    // ---- engine thread ----------------------------------------------------------------------

    private void consume(List<JournalEntry> entries) {
        List<Decision> decisions;
        try {
            decisions = feed.consume(entries);
        } finally {
            pending.addAndGet(-entries.size());
        }
        feed.finish(decisions);
        checkpoint(false);
    }

    private void checkpoint(boolean force) {
        worker.ticked();
        if (worker.failure() == null) {
            checkpointer.checkpoint(force);
        }
    }

    // ---- state for routes and metrics -------------------------------------------------------

    /** False once the engine failed; the gateway then follows its fail policy. */
    public boolean healthy() {
        return worker.healthy();
    }

    /** True once recovery finished and until close: ingest is open. */
    public boolean ready() {
        return worker.ready() && healthy() && !stopping;
    }

    /** Batches waiting for the engine. */
    public int queued() {
        return worker.queued();
    }

    /** Journalled exchanges the engine has not consumed yet. */
    public long lagExchanges() {
        return pending.get();
    }

    /** Exchanges the engine state has consumed, over its whole life (restored snapshots included). */
    public long exchangesDecided() {
        return feed.exchanges();
    }

    /** Distinct exchange ids the journal ever accepted. */
    public long exchangesJournalled() {
        return journalled.get();
    }

    /** Indicators this process fed into the engine state (a restored snapshot's own not counted). */
    long indicatorsFed() {
        return feed.indicatorsFed();
    }

    /** The last journal sequence the engine consumed. */
    public long processedSequence() {
        return feed.processedSequence();
    }

    /** Campaigns in the set last saved to the store. */
    public int campaignsOpen() {
        return checkpointer.campaignsOpen();
    }

    /** Seconds since the last snapshot was written by this process, or -1 when none was yet. */
    public double snapshotAgeSeconds() {
        long at = checkpointer.snapshotWallMillis();
        return at < 0 ? -1 : (System.currentTimeMillis() - at) / 1000.0;
    }

    /**
     * For tests of recovery: stops like a crash would, dropping queued batches and writing no
     * snapshot (what was journalled stays in the store for the next start to replay).
     */
    void halt() throws InterruptedException {
        stop(false);
    }

    /** Stops taking work, lets the engine finish what is queued, writes a final snapshot and stops. */
    @Override
    public void close() throws InterruptedException {
        stop(true);
    }

    private void stop(boolean graceful) throws InterruptedException {
        stopping = true;
        synchronized (journalLock) {
            // under the lock, so no ingest queues work behind the end of the queue
            worker.endQueue(graceful ? () -> checkpoint(true) : null);
        }
        worker.awaitEnd(graceful);
    }
}
