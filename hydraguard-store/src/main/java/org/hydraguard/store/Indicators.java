package org.hydraguard.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.hydraguard.core.model.Indicator;
import org.hydraguard.io.ContractJson;
import org.hydraguard.io.InvalidRecordException;
import org.hydraguard.io.RecordParser;

/**
 * Indicators as contract JSON, each stored once (by a fingerprint of its JSON), with ids in the
 * order first saved; and the account each API key id was first seen with.
 */
final class Indicators {
    private final Database db;

    Indicators(Database db) {
        this.db = db;
    }

    /** Saves the indicators not stored before, in one transaction; returns those, with their ids, in id order. */
    List<StoredIndicator> save(List<Indicator> batch) {
        if (batch == null) {
            throw new IllegalArgumentException("batch of indicators is missing");
        }
        Map<String, Indicator> byPrint = new LinkedHashMap<>();
        Map<String, String> jsonOf = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            Indicator ind = batch.get(i);
            if (ind == null) {
                throw new IllegalArgumentException("indicator " + i + " of a batch of " + batch.size() + " is null");
            }
            String json = ContractJson.toJson(ind);
            String print = fingerprint(json);
            if (byPrint.putIfAbsent(print, ind) == null) {
                jsonOf.put(print, json);
            }
        }
        if (byPrint.isEmpty()) {
            return List.of();
        }
        return db.transaction("save " + batch.size() + " indicators", c -> {
            List<StoredIndicator> added = new ArrayList<>();
            try (PreparedStatement i = c.prepareStatement("INSERT INTO indicators (fingerprint, json) VALUES (?, ?)"
                    + " ON CONFLICT (fingerprint) DO NOTHING RETURNING indicator_id")) {
                for (Map.Entry<String, Indicator> e : byPrint.entrySet()) {
                    i.setString(1, e.getKey());
                    i.setString(2, jsonOf.get(e.getKey()));
                    try (ResultSet rs = i.executeQuery()) {
                        if (rs.next()) {
                            added.add(new StoredIndicator(rs.getLong(1), e.getValue()));
                        }
                    }
                }
            }
            return added;
        });
    }

    /** Streams the indicators with an id above {@code afterId}, in id order; returns the last id streamed, or {@code afterId}. */
    long each(long afterId, Consumer<StoredIndicator> sink) {
        Checks.notNegative(afterId, "afterId");
        if (sink == null) {
            throw new IllegalArgumentException("indicators needs a consumer of indicators");
        }
        return db.read("read indicators after id " + afterId, c -> {
            RecordParser<Indicator> parser = RecordParser.indicators();
            long last = afterId;
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT indicator_id, json FROM indicators WHERE indicator_id > ? ORDER BY indicator_id")) {
                q.setFetchSize(512);
                q.setLong(1, afterId);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        last = rs.getLong(1);
                        try {
                            sink.accept(new StoredIndicator(last, parser.parse(rs.getString(2).getBytes(StandardCharsets.UTF_8))));
                        } catch (InvalidRecordException e) {
                            throw new StoreException("Possible corruption: indicator " + last + " in " + db.where()
                                    + " is not a valid indicator: " + e.getMessage());
                        }
                    }
                }
            }
            return last;
        });
    }

    /** Streams every indicator in the order first saved; returns how many. */
    long all(Consumer<Indicator> sink) {
        if (sink == null) {
            throw new IllegalArgumentException("indicators needs a consumer of indicators");
        }
        long[] n = {0};
        each(0, s -> {
            sink.accept(s.indicator());
            n[0]++;
        });
        return n[0];
    }

    /** Remembers key to account pairs not known yet (the first account a key was seen with stays). */
    static void rememberKeys(Connection c, Map<String, String> accountOfKey) throws SQLException {
        if (accountOfKey.isEmpty()) {
            return;
        }
        try (PreparedStatement i = c.prepareStatement(
                "INSERT INTO api_keys (api_key_id, account_id) VALUES (?, ?) ON CONFLICT (api_key_id) DO NOTHING")) {
            for (Map.Entry<String, String> e : accountOfKey.entrySet()) {
                Checks.text(e.getKey(), "api key id");
                Checks.text(e.getValue(), "account id of api key " + e.getKey());
                i.setString(1, e.getKey());
                i.setString(2, e.getValue());
                i.addBatch();
            }
            i.executeBatch();
        }
    }

    /** Streams every remembered key id with its account, in key order; returns how many. */
    long keys(BiConsumer<String, String> sink) {
        if (sink == null) {
            throw new IllegalArgumentException("apiKeys needs a consumer of key and account");
        }
        return db.read("read api keys", c -> {
            long n = 0;
            try (PreparedStatement q = c.prepareStatement("SELECT api_key_id, account_id FROM api_keys ORDER BY api_key_id")) {
                q.setFetchSize(512);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(rs.getString(1), rs.getString(2));
                        n++;
                    }
                }
            }
            return n;
        });
    }

    private static String fingerprint(String json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
