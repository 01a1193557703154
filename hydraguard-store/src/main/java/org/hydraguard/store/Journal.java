package org.hydraguard.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.io.ContractJson;
import org.hydraguard.io.InvalidRecordException;
import org.hydraguard.io.RecordParser;

/**
 * The exchange journal. {@code exchange_ids} holds every id ever accepted with its sequence and is
 * never pruned, so duplicates stay duplicates after a snapshot; {@code journal} holds the contract
 * JSON of the entries no snapshot covers yet.
 */
final class Journal {
    private final Database db;

    Journal(Database db) {
        this.db = db;
    }

    long append(List<Exchange> batch) {
        if (batch == null) {
            throw new IllegalArgumentException("batch of exchanges is missing");
        }
        for (int i = 0; i < batch.size(); i++) {
            if (batch.get(i) == null) {
                throw new IllegalArgumentException("exchange " + i + " of a batch of " + batch.size() + " is null");
            }
        }
        return db.transaction("append " + batch.size() + " exchanges", c -> {
            // RETURNING gives the new sequence, or no row when the id is already stored
            try (PreparedStatement id = c.prepareStatement(
                    "INSERT INTO exchange_ids (id, ts_ms) VALUES (?, ?) ON CONFLICT (id) DO NOTHING RETURNING seq");
                    PreparedStatement entry = c.prepareStatement("INSERT INTO journal (seq, json) VALUES (?, ?)")) {
                long added = 0;
                for (Exchange e : batch) {
                    id.setString(1, e.id());
                    id.setLong(2, Database.millis(e.ts()));
                    try (ResultSet rs = id.executeQuery()) {
                        if (!rs.next()) {
                            continue;
                        }
                        entry.setLong(1, rs.getLong(1));
                    }
                    entry.setString(2, ContractJson.toJson(e));
                    entry.addBatch();
                    added++;
                }
                if (added > 0) {
                    entry.executeBatch();
                }
                return added;
            }
        });
    }

    long replay(long afterSequence, Consumer<Exchange> sink) {
        Checks.notNegative(afterSequence, "afterSequence");
        if (sink == null) {
            throw new IllegalArgumentException("replay needs a consumer of exchanges");
        }
        return db.read("replay the journal after sequence " + afterSequence, c -> {
            long pruned = prunedAfter(c, afterSequence);
            if (pruned > 0) {
                throw new StoreException("cannot replay the journal after sequence " + afterSequence + " from "
                        + db.where() + ": entries up to " + pruned + " were pruned (a snapshot covers them);"
                        + " restore the latest snapshot and replay after its covered sequence");
            }
            RecordParser<Exchange> parser = RecordParser.exchanges();
            long last = afterSequence;
            try (PreparedStatement q = c.prepareStatement("SELECT seq, json FROM journal WHERE seq > ? ORDER BY seq")) {
                q.setFetchSize(512);
                q.setLong(1, afterSequence);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        last = rs.getLong(1);
                        sink.accept(parse(parser, last, rs.getString(2)));
                    }
                }
            }
            return last;
        });
    }

    private Exchange parse(RecordParser<Exchange> parser, long seq, String json) {
        try {
            return parser.parse(json.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidRecordException e) {
            throw new StoreException("Possible corruption: journal entry " + seq + " in " + db.where()
                    + " is not a valid exchange: " + e.getMessage());
        }
    }

    /** The highest sequence after {@code afterSequence} whose journal entry was pruned, or 0. */
    private static long prunedAfter(Connection c, long afterSequence) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT MAX(e.seq) FROM exchange_ids e"
                + " LEFT JOIN journal j ON j.seq = e.seq WHERE e.seq > ? AND j.seq IS NULL")) {
            q.setLong(1, afterSequence);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    long lastSequence() {
        return db.read("read the last journal sequence", Journal::lastSequence);
    }

    static long lastSequence(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM exchange_ids");
                ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    long prune(long beforeSequence) {
        Checks.notNegative(beforeSequence, "beforeSequence");
        return db.transaction("prune the journal before sequence " + beforeSequence, c -> {
            long covered = Snapshots.latestCovered(c);
            if (beforeSequence > covered + 1) {
                throw new IllegalArgumentException("cannot prune the journal before sequence " + beforeSequence
                        + ": the latest snapshot covers only up to " + covered + ", so entries " + (covered + 1)
                        + ".." + (beforeSequence - 1) + " would be lost; prune before at most " + (covered + 1));
            }
            try (PreparedStatement d = c.prepareStatement("DELETE FROM journal WHERE seq < ?")) {
                d.setLong(1, beforeSequence);
                return (long) d.executeUpdate();
            }
        });
    }
}
