package org.hydraguard.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Engine snapshots; only the latest {@link #KEPT} (by covered sequence) are kept. */
final class Snapshots {
    /** A few, so that one unreadable snapshot (say, from an incompatible engine) has a fallback. */
    static final int KEPT = 3;

    private final Database db;

    Snapshots(Database db) {
        this.db = db;
    }

    void save(long coveredSequence, long indicatorsThrough, byte[] state) {
        StoredSnapshot snapshot = new StoredSnapshot(coveredSequence, indicatorsThrough, state);
        db.transaction("save a snapshot covering sequence " + coveredSequence, c -> {
            // two services saving at once would each keep the newest KEPT they can see, and both
            // inserts would survive: one at a time
            db.serializeWrites(c, "snapshots");
            long last = Journal.lastSequence(c);
            if (coveredSequence > last) {
                throw new IllegalArgumentException("a snapshot cannot cover sequence " + coveredSequence
                        + ": the journal has only reached " + last);
            }
            try (PreparedStatement i = c.prepareStatement("INSERT INTO snapshots (covered_seq, indicators_through, state) VALUES (?, ?, ?)")) {
                i.setLong(1, coveredSequence);
                i.setLong(2, indicatorsThrough);
                i.setBytes(3, snapshot.state());
                i.executeUpdate();
            }
            try (PreparedStatement d = c.prepareStatement("DELETE FROM snapshots WHERE snapshot_id NOT IN (SELECT"
                    + " snapshot_id FROM snapshots ORDER BY covered_seq DESC, snapshot_id DESC LIMIT " + KEPT + ")")) {
                d.executeUpdate();
            }
            return null;
        });
    }

    Optional<StoredSnapshot> latest() {
        return db.read("read the latest snapshot", c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT covered_seq, indicators_through, state FROM snapshots ORDER BY covered_seq DESC, snapshot_id DESC LIMIT 1");
                    ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(new StoredSnapshot(rs.getLong(1), rs.getLong(2), rs.getBytes(3))) : Optional.empty();
            }
        });
    }

    int count() {
        return db.read("count snapshots", c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM snapshots");
                    ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** The sequence the latest snapshot covers, or 0 when there is none. */
    static long latestCovered(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT COALESCE(MAX(covered_seq), 0) FROM snapshots");
                ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
