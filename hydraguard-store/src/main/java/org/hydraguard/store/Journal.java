package org.hydraguard.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.io.ContractJson;
import org.hydraguard.io.InvalidRecordException;
import org.hydraguard.io.RecordParser;

/**
 * The exchange journal. {@code exchange_ids} holds every id ever accepted with its sequence and is
 * never pruned, so duplicates stay duplicates after a snapshot; {@code journal} holds the contract
 * JSON of the entries no snapshot covers yet: the line as received when the caller passes it (already
 * parsed and checked against the contract, and the client's own words as evidence), else written out.
 */
final class Journal {
    /** Exchanges per id-claiming statement: two parameters each, under SQLite's old limit of 999. */
    private static final int CHUNK = 400;
    private final Database db;

    Journal(Database db) {
        this.db = db;
    }

    /** Appends the new exchanges; {@code json} (may be null) holds each one's contract JSON as received. */
    List<JournalEntry> append(List<Exchange> batch, List<String> json) {
        if (batch == null) {
            throw new IllegalArgumentException("batch of exchanges is missing");
        }
        if (json != null && json.size() != batch.size()) {
            throw new IllegalArgumentException("a batch of " + batch.size() + " exchanges came with " + json.size()
                    + " JSON lines; expected one per exchange");
        }
        for (int i = 0; i < batch.size(); i++) {
            if (batch.get(i) == null) {
                throw new IllegalArgumentException("exchange " + i + " of a batch of " + batch.size() + " is null");
            }
        }
        // a repeated id within the batch is a duplicate of its first occurrence
        Map<String, Exchange> distinct = new LinkedHashMap<>(batch.size() * 2);
        Map<Exchange, String> received = json == null ? Map.of() : new java.util.IdentityHashMap<>(batch.size() * 2);
        for (int i = 0; i < batch.size(); i++) {
            Exchange e = batch.get(i);
            if (distinct.putIfAbsent(e.id(), e) == null && json != null) {
                received.put(e, json.get(i));
            }
        }
        List<Exchange> candidates = new ArrayList<>(distinct.values());
        return db.transaction("append " + batch.size() + " exchanges", c -> {
            List<JournalEntry> added = new ArrayList<>();
            for (int from = 0; from < candidates.size(); from += CHUNK) {
                claimIds(c, candidates.subList(from, Math.min(candidates.size(), from + CHUNK)), added);
            }
            if (added.isEmpty()) {
                return added;
            }
            // the engine consumes entries in the order returned, and must do so in sequence order (= replay order)
            added.sort(Comparator.comparingLong(JournalEntry::sequence));
            try (PreparedStatement entry = c.prepareStatement(
                    "INSERT INTO journal (seq, json, account_id, ts_ms) VALUES (?, ?, ?, ?)")) {
                for (JournalEntry a : added) {
                    Exchange e = a.exchange();
                    entry.setLong(1, a.sequence());
                    String line = received.get(e);
                    entry.setString(2, line != null ? line : ContractJson.toJson(e));
                    entry.setString(3, e.accountId());
                    entry.setLong(4, Database.millis(e.ts()));
                    entry.addBatch();
                }
                entry.executeBatch();
            }
            return added;
        });
    }

    /**
     * Claims the ids of one chunk with a single multi-row insert: RETURNING names the ids that were new
     * (with their sequences); an id stored before gives no row. One statement per chunk instead of one
     * per exchange is most of the ingest speed on both databases.
     */
    private static void claimIds(Connection c, List<Exchange> chunk, List<JournalEntry> added) throws SQLException {
        StringBuilder sql = new StringBuilder(64 + chunk.size() * 8).append("INSERT INTO exchange_ids (id, ts_ms) VALUES ");
        for (int i = 0; i < chunk.size(); i++) {
            sql.append(i == 0 ? "(?, ?)" : ", (?, ?)");
        }
        sql.append(" ON CONFLICT (id) DO NOTHING RETURNING id, seq");
        Map<String, Exchange> byId = new HashMap<>(chunk.size() * 2);
        try (PreparedStatement ids = c.prepareStatement(sql.toString())) {
            int p = 1;
            for (Exchange e : chunk) {
                ids.setString(p++, e.id());
                ids.setLong(p++, Database.millis(e.ts()));
                byId.put(e.id(), e);
            }
            try (ResultSet rs = ids.executeQuery()) {
                while (rs.next()) {
                    added.add(new JournalEntry(rs.getLong(2), byId.get(rs.getString(1))));
                }
            }
        }
    }

    long replay(long afterSequence, Consumer<Exchange> sink) {
        if (sink == null) {
            throw new IllegalArgumentException("replay needs a consumer of exchanges");
        }
        return replayEntries(afterSequence, entry -> sink.accept(entry.exchange()));
    }

    long replayEntries(long afterSequence, Consumer<JournalEntry> sink) {
        Checks.notNegative(afterSequence, "afterSequence");
        if (sink == null) {
            throw new IllegalArgumentException("replay needs a consumer of journal entries");
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
                        sink.accept(new JournalEntry(last, parse(parser, last, rs.getString(2))));
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

    /**
     * Drops the journal entries that the latest snapshot covers and whose event time is before
     * {@code olderThan}; newer entries stay for the console (sample prompts, timelines).
     */
    long pruneCovered(java.time.Instant olderThan) {
        Checks.time(olderThan, "olderThan");
        return db.transaction("prune covered journal entries before " + olderThan, c -> {
            long covered = Snapshots.latestCovered(c);
            try (PreparedStatement d = c.prepareStatement("DELETE FROM journal WHERE seq <= ? AND ts_ms < ?")) {
                d.setLong(1, covered);
                d.setLong(2, Database.millis(olderThan));
                return (long) d.executeUpdate();
            }
        });
    }

    /** How many exchange ids were ever accepted (pruned entries included). */
    long acceptedCount() {
        return db.read("count accepted exchanges", c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM exchange_ids");
                    ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The journalled exchanges with these ids, in sequence order; ids pruned or never seen are absent. */
    List<Exchange> byIds(Collection<String> ids) {
        if (ids == null) {
            throw new IllegalArgumentException("exchange ids are missing");
        }
        List<String> wanted = List.copyOf(ids);
        return db.read("look up " + wanted.size() + " exchanges by id", c -> {
            RecordParser<Exchange> parser = RecordParser.exchanges();
            java.util.TreeMap<Long, Exchange> found = new java.util.TreeMap<>();
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT j.seq, j.json FROM exchange_ids e JOIN journal j ON j.seq = e.seq WHERE e.id = ?")) {
                for (String id : wanted) {
                    q.setString(1, id);
                    try (ResultSet rs = q.executeQuery()) {
                        if (rs.next()) {
                            found.put(rs.getLong(1), parse(parser, rs.getLong(1), rs.getString(2)));
                        }
                    }
                }
            }
            return List.copyOf(found.values());
        });
    }

    /** The latest {@code limit} journalled exchanges of an account, newest first. */
    List<Exchange> ofAccount(String accountId, int limit) {
        Checks.notNegative(limit, "limit");
        return db.read("read the journal of account " + accountId, c -> {
            RecordParser<Exchange> parser = RecordParser.exchanges();
            List<Exchange> found = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT seq, json FROM journal WHERE account_id = ? ORDER BY ts_ms DESC, seq DESC LIMIT ?")) {
                q.setString(1, accountId);
                q.setInt(2, limit);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        found.add(parse(parser, rs.getLong(1), rs.getString(2)));
                    }
                }
            }
            return found;
        });
    }

    /**
     * Hourly activity of a set of accounts from the journal: for each hour (epoch millis of its start)
     * with activity, {exchanges, distinct accounts}, in hour order.
     */
    List<long[]> hourly(Collection<String> accountIds) {
        return activity(accountIds, 3_600_000L, "hourly");
    }

    /**
     * As {@link #hourly}, per UTC day: for each day (epoch millis of its start) with activity,
     * {exchanges, distinct accounts active that day}, in day order.
     */
    List<long[]> daily(Collection<String> accountIds) {
        return activity(accountIds, 86_400_000L, "daily");
    }

    private List<long[]> activity(Collection<String> accountIds, long bucketMillis, String per) {
        List<String> wanted = List.copyOf(accountIds);
        return db.read("read the " + per + " activity of " + wanted.size() + " accounts", c -> {
            java.util.TreeMap<Long, long[]> buckets = new java.util.TreeMap<>();
            // one query per account: each account counts once per bucket it was active in
            try (PreparedStatement q = c.prepareStatement("SELECT (ts_ms / " + bucketMillis + ") * " + bucketMillis
                    + ", COUNT(*) FROM journal WHERE account_id = ? GROUP BY (ts_ms / " + bucketMillis + ")")) {
                for (String account : wanted) {
                    q.setString(1, account);
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            long[] b = buckets.computeIfAbsent(rs.getLong(1), k -> new long[2]);
                            b[0] += rs.getLong(2);
                            b[1]++;
                        }
                    }
                }
            }
            List<long[]> out = new ArrayList<>();
            buckets.forEach((bucket, counts) -> out.add(new long[] {bucket, counts[0], counts[1]}));
            return out;
        });
    }
}
