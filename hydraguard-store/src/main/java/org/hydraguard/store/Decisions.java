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
            try (PreparedStatement i = c.prepareStatement("INSERT INTO decisions (account_id, end_user_id, action,"
                    + " campaign_id, score, decided_at_ms, json) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
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
                i.executeUpdate();
            }
            return null;
        });
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
}
