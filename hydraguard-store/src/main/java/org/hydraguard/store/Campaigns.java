package org.hydraguard.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.io.ContractJson;

/** The current campaign set (replaced as a whole), with the columns the console sorts and filters on. */
final class Campaigns {
    private final Database db;
    private final ContractTrees trees;

    Campaigns(Database db, ContractTrees trees) {
        this.db = db;
        this.trees = trees;
    }

    void replaceAll(List<Campaign> campaigns) {
        if (campaigns == null) {
            throw new IllegalArgumentException("campaign set is missing (use an empty list for none)");
        }
        Set<String> ids = new HashSet<>();
        for (Campaign c : campaigns) {
            if (c == null) {
                throw new IllegalArgumentException("a campaign in the set is null");
            }
            if (!ids.add(c.campaignId())) {
                throw new IllegalArgumentException("campaign id " + c.campaignId() + " appears twice in one set");
            }
        }
        db.transaction("save " + campaigns.size() + " campaigns", c -> {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM campaigns")) {
                d.executeUpdate();
            }
            try (PreparedStatement i = c.prepareStatement("INSERT INTO campaigns (campaign_id, score, account_count,"
                    + " first_seen_ms, last_seen_ms, json) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (Campaign k : campaigns) {
                    i.setString(1, k.campaignId());
                    i.setDouble(2, k.score());
                    i.setInt(3, k.accountCount());
                    i.setLong(4, Database.millis(k.firstSeen()));
                    i.setLong(5, Database.millis(k.lastSeen()));
                    i.setString(6, ContractJson.toJson(k));
                    i.addBatch();
                }
                if (!campaigns.isEmpty()) {
                    i.executeBatch();
                }
            }
            return null;
        });
    }

    /** Highest score first; equal scores by campaign id, so the queue order is stable. */
    List<Campaign> byRisk(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        return db.read("read campaigns by risk", c -> {
            List<Campaign> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT campaign_id, json FROM campaigns ORDER BY score DESC, campaign_id LIMIT ?")) {
                q.setInt(1, limit);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(trees.campaign(rs.getString(2), "campaign " + rs.getString(1) + " in " + db.where()));
                    }
                }
            }
            return out;
        });
    }

    Optional<Campaign> byId(String campaignId) {
        Checks.text(campaignId, "campaignId");
        return db.read("read campaign " + campaignId, c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT json FROM campaigns WHERE campaign_id = ?")) {
                q.setString(1, campaignId);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next()
                            ? Optional.of(trees.campaign(rs.getString(1), "campaign " + campaignId + " in " + db.where()))
                            : Optional.empty();
                }
            }
        });
    }
}
