package org.hydraguard.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hydraguard.core.model.Decision;
import org.hydraguard.io.ContractJson;

/** Decision history: every decision recorded is kept; the latest by event time is the one in force. */
final class Decisions {
    private final Database db;
    private final ContractTrees trees;

    Decisions(Database db, ContractTrees trees) {
        this.db = db;
        this.trees = trees;
    }

    void record(Decision d) {
        if (d == null) {
            throw new IllegalArgumentException("decision is missing");
        }
        db.transaction("record a decision for account " + d.accountId(), c -> {
            try (PreparedStatement i = c.prepareStatement(INSERT)) {
                bind(i, d);
                i.executeUpdate();
            }
            return null;
        });
    }

    private static final String INSERT = "INSERT INTO decisions (account_id, end_user_id, action,"
            + " campaign_id, score, decided_at_ms, json) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String DECIDED_THROUGH = "engine.decided_through";

    /**
     * Records decisions the engine made while consuming the journal up to {@code throughSequence},
     * together with that sequence, in one transaction: after a crash, replay knows exactly which
     * decisions are already recorded (those of entries up to the mark) and records each once.
     */
    void recordAll(List<Decision> batch, long throughSequence, java.util.Map<String, String> newKeys) {
        Checks.notNegative(throughSequence, "throughSequence");
        for (Decision d : batch) {
            if (d == null) {
                throw new IllegalArgumentException("a decision in the batch is missing");
            }
        }
        db.transaction("record " + batch.size() + " decisions through journal sequence " + throughSequence, c -> {
            try (PreparedStatement i = c.prepareStatement(INSERT)) {
                for (Decision d : batch) {
                    bind(i, d);
                    i.addBatch();
                }
                if (!batch.isEmpty()) {
                    i.executeBatch();
                }
            }
            try (PreparedStatement u = c.prepareStatement("INSERT INTO settings (name, value, changed_by, changed_at_ms)"
                    + " VALUES (?, ?, 'engine', 0) ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
                u.setString(1, DECIDED_THROUGH);
                u.setString(2, Long.toString(throughSequence));
                u.executeUpdate();
            }
            Indicators.rememberKeys(c, newKeys);
            return null;
        });
    }

    /** The journal sequence up to which {@link #recordAll} recorded the engine's decisions; 0 when never. */
    long decidedThrough() {
        return db.read("read the decided-through mark", c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT value FROM settings WHERE name = ?")) {
                q.setString(1, DECIDED_THROUGH);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Long.parseLong(rs.getString(1)) : 0L;
                }
            }
        });
    }

    /** Every decision, oldest first (decided_at, then order recorded): the last one per subject is in force. */
    long each(java.util.function.Consumer<Decision> sink) {
        return db.read("read every decision", c -> {
            long n = 0;
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT decision_id, json FROM decisions ORDER BY decided_at_ms, decision_id")) {
                q.setFetchSize(512);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(trees.decision(rs.getString(2), "decision " + rs.getLong(1) + " in " + db.where()));
                        n++;
                    }
                }
            }
            return n;
        });
    }

    private static void bind(PreparedStatement i, Decision d) throws java.sql.SQLException {
        i.setString(1, d.accountId());
        if (d.endUserId() == null) {
            i.setNull(2, Types.VARCHAR);
        } else {
            i.setString(2, d.endUserId());
        }
        i.setString(3, d.action().wireName());
        if (d.campaignId() == null) {
            i.setNull(4, Types.VARCHAR);
        } else {
            i.setString(4, d.campaignId());
        }
        i.setDouble(5, d.score());
        i.setLong(6, Database.millis(d.decidedAt()));
        i.setString(7, ContractJson.toJson(d));
    }

    /**
     * The latest decision (by decided_at, then by order recorded) for the account itself when
     * {@code endUserId} is null, else for that end user of the account.
     */
    Optional<Decision> latest(String accountId, String endUserId) {
        Checks.text(accountId, "accountId");
        String who = endUserId == null ? "account " + accountId : "end user " + endUserId + " of account " + accountId;
        String sql = "SELECT json FROM decisions WHERE account_id = ? AND "
                + (endUserId == null ? "end_user_id IS NULL" : "end_user_id = ?")
                + " ORDER BY decided_at_ms DESC, decision_id DESC LIMIT 1";
        return db.read("read the latest decision for " + who, c -> {
            try (PreparedStatement q = c.prepareStatement(sql)) {
                q.setString(1, accountId);
                if (endUserId != null) {
                    q.setString(2, endUserId);
                }
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(trees.decision(rs.getString(1), "a decision for " + who)) : Optional.empty();
                }
            }
        });
    }

    /** Every decision for the account and its end users, oldest first. */
    List<Decision> forAccount(String accountId) {
        Checks.text(accountId, "accountId");
        return db.read("read decisions for account " + accountId, c -> {
            List<Decision> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT json FROM decisions WHERE account_id = ? ORDER BY decided_at_ms, decision_id")) {
                q.setString(1, accountId);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(trees.decision(rs.getString(1), "a decision for account " + accountId));
                    }
                }
            }
            return out;
        });
    }

    /** Distinct accounts with a decision under {@code campaignId}, in account order, at most {@code limit}. */
    List<String> accountsUnder(String campaignId, int limit) {
        Checks.text(campaignId, "campaignId");
        return db.read("read accounts decided under campaign " + campaignId, c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT DISTINCT account_id FROM decisions WHERE campaign_id = ? ORDER BY account_id LIMIT ?")) {
                q.setString(1, campaignId);
                q.setInt(2, limit);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }
}
