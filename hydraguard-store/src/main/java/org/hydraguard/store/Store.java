package org.hydraguard.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.core.model.Decision;
import org.hydraguard.core.model.Exchange;

/**
 * The one way into Hydraguard's persistence (see the package documentation for the invariants).
 * {@link #open} applies the schema migrations, then every call is one transaction. Calls are
 * serialised, so one store may be shared by threads; a second process may open the same SQLite file
 * (writers wait for each other up to ten seconds).
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

    private Store(Database db) {
        this.db = db;
        ContractTrees trees = new ContractTrees();
        this.journal = new Journal(db);
        this.accounts = new Accounts(db);
        this.snapshots = new Snapshots(db);
        this.campaigns = new Campaigns(db, trees);
        this.decisions = new Decisions(db, trees);
        this.cases = new Cases(db);
        this.audit = new AuditTrail(db);
        this.settings = new Settings(db);
    }

    /** Opens (creating if need be) the store and brings its schema to the latest version. */
    public static Store open(StoreConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("store configuration is missing");
        }
        return new Store(Database.open(config));
    }

    // ---- exchange journal -------------------------------------------------------------------

    /**
     * Stores the exchanges whose ids were never accepted before, in one transaction, each with the
     * next sequence; a repeated id (within the batch or from any earlier one) is skipped.
     *
     * @return how many exchanges were new
     */
    public synchronized long append(List<Exchange> batch) {
        return journal.append(batch);
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

    /** Inserts the account, or replaces the stored one with the same id. */
    public synchronized void upsert(Account account) {
        accounts.upsert(account);
    }

    /** Streams every account in account id order; returns how many. */
    public synchronized long accounts(Consumer<Account> sink) {
        return accounts.each(sink);
    }

    // ---- engine snapshots -------------------------------------------------------------------

    /** Saves an engine state covering the journal up to {@code coveredSequence}; keeps the last three. */
    public synchronized void saveSnapshot(long coveredSequence, byte[] state) {
        snapshots.save(coveredSequence, state);
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

    /** The riskiest campaigns first (score descending, then campaign id), at most {@code limit}. */
    public synchronized List<Campaign> campaignsByRisk(int limit) {
        return campaigns.byRisk(limit);
    }

    public synchronized Optional<Campaign> campaign(String campaignId) {
        return campaigns.byId(campaignId);
    }

    /** Adds a decision to the history; nothing is overwritten. */
    public synchronized void recordDecision(Decision decision) {
        decisions.record(decision);
    }

    /**
     * The decision in force (latest {@code decided_at}, ties by order recorded) for the account itself
     * when {@code endUserId} is null, else for that end user of the account.
     */
    public synchronized Optional<Decision> latestDecision(String accountId, String endUserId) {
        return decisions.latest(accountId, endUserId);
    }

    /** The account's decision history including its end users', oldest first. */
    public synchronized List<Decision> decisionsFor(String accountId) {
        return decisions.forAccount(accountId);
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

    public synchronized Optional<CaseRecord> caseFor(String campaignId) {
        return cases.forCampaign(campaignId);
    }

    /** Appends one entry to the audit trail ({@code detail} may be null for none). */
    public synchronized void audit(String who, Instant at, String action, String subject, String detail) {
        audit.append(who, at, action, subject, detail);
    }

    /**
     * The audit entries about {@code subject}, in the order written: {@code campaign:<id>} for a
     * campaign's case (see {@link CaseRecord#auditSubject()}), {@code policy} for the policy mode.
     */
    public synchronized List<AuditEntry> auditTrail(String subject) {
        return audit.of(subject);
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
    public synchronized void close() {
        db.close();
    }

    @Override
    public String toString() {
        return "Store[" + db.where() + "]";
    }
}
