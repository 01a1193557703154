package org.hydraguard.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.core.model.Decision;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.model.Indicator;

/**
 * The one way into Hydraguard's persistence (see the package documentation for the invariants).
 * {@link #open} applies the schema migrations, then every call is one transaction. The store's own
 * calls (ingest, the engine, investigators' changes) are serialised on its writer connection, so one
 * store may be shared by threads; the investigator's reads are in {@link #investigation()}, on a
 * read-only connection of their own so that they never hold up an append. A second process may open
 * the same SQLite file (writers wait for each other up to ten seconds).
 */
public final class Store implements AutoCloseable {
    private final Database db;
    private final Journal journal;
    private final Accounts accounts;
    private final Snapshots snapshots;
    private final Campaigns campaigns;
    private final Decisions decisions;
    private final Cases cases;
    private final AuditTrail audit;
    private final Settings settings;
    private final Indicators indicators;
    private final Investigation investigation;

    private Store(Database db, Database reader) {
        this.db = db;
        this.investigation = new Investigation(reader);
        ContractTrees trees = new ContractTrees();
        this.journal = new Journal(db);
        this.accounts = new Accounts(db);
        this.snapshots = new Snapshots(db);
        this.campaigns = new Campaigns(db, trees);
        this.decisions = new Decisions(db, trees);
        this.cases = new Cases(db);
        this.audit = new AuditTrail(db);
        this.settings = new Settings(db);
        this.indicators = new Indicators(db);
    }

    /** Opens (creating if need be) the store and brings its schema to the latest version. */
    public static Store open(StoreConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("store configuration is missing");
        }
        Database writer = Database.open(config);
        try {
            return new Store(writer, Database.openReader(config));
        } catch (RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    /** The investigator's reads (the console's), on their own read-only connection. */
    public Investigation investigation() {
        return investigation;
    }

    // ---- exchange journal -------------------------------------------------------------------

    /**
     * Stores the exchanges whose ids were never accepted before, in one transaction, each with the
     * next sequence; a repeated id (within the batch or from any earlier one) is skipped.
     *
     * @return how many exchanges were new
     */
    public synchronized long append(List<Exchange> batch) {
        return journal.append(batch, null).size();
    }

    /**
     * As {@link #append}, returning the new exchanges with the sequences they got, in sequence order
     * (the batch's order on both databases; the replay order in any case).
     */
    public synchronized List<JournalEntry> appendFresh(List<Exchange> batch) {
        return journal.append(batch, null);
    }

    /**
     * As {@link #appendFresh(List)}, storing each exchange as the given contract JSON ({@code json},
     * parallel to {@code batch}: one line per exchange, the text it was parsed from) instead of
     * writing it out again; null writes them out.
     */
    public synchronized List<JournalEntry> appendFresh(List<Exchange> batch, List<String> json) {
        return journal.append(batch, json);
    }

    /**
     * Streams the journal entries after {@code afterSequence}, in sequence order.
     *
     * @return the sequence of the last entry replayed, or {@code afterSequence} when there was none
     * @throws StoreException when entries after {@code afterSequence} were pruned (restore a snapshot)
     */
    public synchronized long replay(long afterSequence, Consumer<Exchange> sink) {
        return journal.replay(afterSequence, sink);
    }

    /** As {@link #replay}, with each exchange's sequence (sequences may have gaps). */
    public synchronized long replayEntries(long afterSequence, Consumer<JournalEntry> sink) {
        return journal.replayEntries(afterSequence, sink);
    }

    /** The sequence of the last accepted exchange, 0 when none was ever accepted (also after pruning). */
    public synchronized long lastSequence() {
        return journal.lastSequence();
    }

    /**
     * Drops the journal entries with a sequence below {@code beforeSequence}; their ids are kept, so
     * they stay duplicates. Refuses to drop entries the latest snapshot does not cover.
     *
     * @return how many entries were dropped
     */
    public synchronized long prune(long beforeSequence) {
        return journal.prune(beforeSequence);
    }

    /**
     * Drops journal entries the latest snapshot covers whose event time is before {@code olderThan}
     * (retention); their ids are kept, so they stay duplicates.
     *
     * @return how many entries were dropped
     */
    public synchronized long pruneCovered(Instant olderThan) {
        return journal.pruneCovered(olderThan);
    }

    /** How many distinct exchange ids were ever accepted (pruned entries included). */
    public synchronized long acceptedCount() {
        return journal.acceptedCount();
    }

    /** Inserts the account, or replaces the stored one with the same id. */
    public synchronized void upsert(Account account) {
        accounts.upsert(account);
    }

    /** Upserts a batch of accounts in one transaction; a later entry for the same id wins. */
    public synchronized void upsertAll(List<Account> batch) {
        accounts.upsertAll(batch);
    }

    /** Streams every account in account id order; returns how many. */
    public synchronized long accounts(Consumer<Account> sink) {
        return accounts.each(sink);
    }

    // ---- engine snapshots -------------------------------------------------------------------

    /** Saves an engine state covering the journal up to {@code coveredSequence}; keeps the last three. */
    public synchronized void saveSnapshot(long coveredSequence, byte[] state) {
        snapshots.save(coveredSequence, 0, state);
    }

    /**
     * As {@link #saveSnapshot(long, byte[])}, for a state that also holds the stored indicators with
     * ids up to {@code indicatorsThrough}.
     */
    public synchronized void saveSnapshot(long coveredSequence, long indicatorsThrough, byte[] state) {
        snapshots.save(coveredSequence, indicatorsThrough, state);
    }

    /** The snapshot covering the highest sequence, if any. */
    public synchronized Optional<StoredSnapshot> latestSnapshot() {
        return snapshots.latest();
    }

    synchronized int snapshotCount() {
        return snapshots.count();
    }

    // ---- campaigns and decisions ------------------------------------------------------------

    /** Replaces the current campaign set with {@code set}. */
    public synchronized void saveCampaigns(List<Campaign> set) {
        campaigns.replaceAll(set);
    }

    /** Adds a decision to the history; nothing is overwritten. */
    public synchronized void recordDecision(Decision decision) {
        decisions.record(decision);
    }

    /**
     * Records, in one transaction, the decisions the engine made while consuming the journal up to
     * {@code throughSequence}, and that sequence as the {@link #decidedThrough} mark.
     */
    public synchronized void recordDecisions(List<Decision> batch, long throughSequence) {
        decisions.recordAll(batch, throughSequence, Map.of());
    }

    /**
     * As {@link #recordDecisions(List, long)}, also remembering in the same transaction which account
     * each newly seen API key id belongs to (a key already remembered keeps its first account).
     */
    public synchronized void recordDecisions(List<Decision> batch, long throughSequence, Map<String, String> newKeys) {
        decisions.recordAll(batch, throughSequence, newKeys == null ? Map.of() : newKeys);
    }

    /** Streams every remembered API key id with its account; returns how many. */
    public synchronized long apiKeys(BiConsumer<String, String> sink) {
        return indicators.keys(sink);
    }

    // ---- indicators -------------------------------------------------------------------------

    /**
     * Saves the indicators not stored before (the same indicator saved again is a no-op), in one
     * transaction.
     *
     * @return the ones that were new, with their ids, in id order
     */
    public synchronized List<StoredIndicator> saveIndicators(List<Indicator> batch) {
        return indicators.save(batch);
    }

    /** Streams every stored indicator in the order first saved; returns how many. */
    public synchronized long indicators(Consumer<Indicator> sink) {
        return indicators.all(sink);
    }

    /**
     * Streams the stored indicators with an id above {@code afterId}, in id order.
     *
     * @return the id of the last one streamed, or {@code afterId} when none
     */
    public synchronized long indicatorsAfter(long afterId, Consumer<StoredIndicator> sink) {
        return indicators.each(afterId, sink);
    }

    /** The journal sequence up to which the engine's decisions are recorded; 0 when never. */
    public synchronized long decidedThrough() {
        return decisions.decidedThrough();
    }

    /** Streams every decision, oldest first, so the last one per subject is the one in force; returns how many. */
    public synchronized long decisions(Consumer<Decision> sink) {
        return decisions.each(sink);
    }

    // ---- cases and audit --------------------------------------------------------------------

    /**
     * Opens the case on a campaign (one per campaign).
     *
     * @throws IllegalStateException when the campaign already has a case
     */
    public synchronized CaseRecord openCase(String campaignId, String who, Instant at) {
        return cases.open(campaignId, who, at);
    }

    /**
     * Confirms an open case; a non-blank {@code note} is added to its notes.
     *
     * @throws IllegalStateException when the case is not open
     */
    public synchronized CaseRecord confirm(long caseId, String who, Instant at, String note) {
        return cases.close(caseId, CaseStatus.CONFIRMED, who, at, note);
    }

    /**
     * Dismisses an open case; a non-blank {@code note} is added to its notes.
     *
     * @throws IllegalStateException when the case is not open
     */
    public synchronized CaseRecord dismiss(long caseId, String who, Instant at, String note) {
        return cases.close(caseId, CaseStatus.DISMISSED, who, at, note);
    }

    /** Adds a note to a case, open or closed. */
    public synchronized CaseRecord addNote(long caseId, String who, Instant at, String text) {
        return cases.addNote(caseId, who, at, text);
    }

    /** Appends one entry to the audit trail ({@code detail} may be null for none). */
    public synchronized void audit(String who, Instant at, String action, String subject, String detail) {
        audit.append(who, at, action, subject, detail);
    }

    // ---- settings ---------------------------------------------------------------------------

    /** The policy mode in force; {@link PolicyMode#SHADOW} until someone sets it. */
    public synchronized PolicyMode policyMode() {
        return settings.policyMode();
    }

    /** Sets the policy mode and audits who changed it from what, when. */
    public synchronized void setPolicyMode(PolicyMode mode, String who, Instant at) {
        settings.setPolicyMode(mode, who, at);
    }

    @Override
    public void close() {
        try {
            investigation.close();
        } finally {
            synchronized (this) {
                db.close();
            }
        }
    }

    @Override
    public String toString() {
        return "Store[" + db.where() + "]";
    }
}
