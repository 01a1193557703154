package org.hydraguard.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.core.model.Decision;
import org.hydraguard.core.model.Exchange;

/**
 * The investigator's reads of a store ({@link Store#investigation()}): campaigns, accounts, their
 * journalled exchanges and activity, decisions, cases and the audit trail. They run on a read-only
 * connection of their own, so a heavy console page (the hourly activity of 2,000 accounts) never holds
 * up the journal append or the engine's decision writes on the store's writer connection. Each call
 * is one read transaction and sees everything committed before it began. Calls are serialised among
 * themselves (one connection), never with the store's writes.
 */
public final class Investigation {
    private final Database db;
    private final Journal journal;
    private final Accounts accounts;
    private final Campaigns campaigns;
    private final Decisions decisions;
    private final Cases cases;
    private final AuditTrail audit;

    Investigation(Database reader) {
        ContractTrees trees = new ContractTrees();
        this.db = reader;
        this.journal = new Journal(reader);
        this.accounts = new Accounts(reader);
        this.campaigns = new Campaigns(reader, trees);
        this.decisions = new Decisions(reader, trees);
        this.cases = new Cases(reader);
        this.audit = new AuditTrail(reader);
    }

    // ---- the journal ------------------------------------------------------------------------

    /** The journalled exchanges with these ids, in sequence order; pruned or unknown ids are absent. */
    public synchronized List<Exchange> exchangesById(Collection<String> ids) {
        return journal.byIds(ids);
    }

    /** The latest {@code limit} journalled exchanges of an account, newest first. */
    public synchronized List<Exchange> exchangesOf(String accountId, int limit) {
        return journal.ofAccount(accountId, limit);
    }

    /**
     * Hourly activity of these accounts in the journal: rows of {hour start (epoch ms), exchanges,
     * active accounts}, in hour order.
     */
    public synchronized List<long[]> hourlyActivity(Collection<String> accountIds) {
        return journal.hourly(accountIds);
    }

    /**
     * Daily activity of these accounts in the journal: rows of {UTC day start (epoch ms), exchanges,
     * accounts active that day}, in day order.
     */
    public synchronized List<long[]> dailyActivity(Collection<String> accountIds) {
        return journal.daily(accountIds);
    }

    // ---- accounts, campaigns, decisions -----------------------------------------------------

    /** The stored account with this id, if any. */
    public synchronized Optional<Account> account(String accountId) {
        return accounts.byId(accountId);
    }

    /** The riskiest campaigns first (score descending, then campaign id), at most {@code limit}. */
    public synchronized List<Campaign> campaignsByRisk(int limit) {
        return campaigns.byRisk(limit);
    }

    /** The campaign with this id in the current set, if any. */
    public synchronized Optional<Campaign> campaign(String campaignId) {
        return campaigns.byId(campaignId);
    }

    /**
     * The decision in force (latest {@code decided_at}, ties by order recorded) for the account itself
     * when {@code endUserId} is null, else for that end user of the account.
     */
    public synchronized Optional<Decision> latestDecision(String accountId, String endUserId) {
        return decisions.latest(accountId, endUserId);
    }

    /**
     * Accounts with a decision under {@code campaignId} (distinct, in account order, at most
     * {@code limit}); the campaign may since have been merged into another and left the current set.
     */
    public synchronized List<String> accountsDecidedUnder(String campaignId, int limit) {
        return decisions.accountsUnder(campaignId, limit);
    }

    /** The account's decision history including its end users', oldest first. */
    public synchronized List<Decision> decisionsFor(String accountId) {
        return decisions.forAccount(accountId);
    }

    // ---- cases and audit --------------------------------------------------------------------

    /** The case on this campaign, if one was opened. */
    public synchronized Optional<CaseRecord> caseFor(String campaignId) {
        return cases.forCampaign(campaignId);
    }

    /**
     * The audit entries about {@code subject}, in the order written: {@code campaign:<id>} for a
     * campaign's case (see {@link CaseRecord#auditSubject()}), {@code policy} for the policy mode.
     */
    public synchronized List<AuditEntry> auditTrail(String subject) {
        return audit.of(subject);
    }

    /** For tests: runs {@code work} in one read transaction on this connection, holding it as the console does. */
    synchronized <T> T read(String what, Database.Work<T> work) {
        return db.read(what, work);
    }

    /** Closes the read connection; the store's {@link Store#close()} calls it. */
    synchronized void close() {
        db.close();
    }
}
