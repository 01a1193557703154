package org.hydraguard.store;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.function.Consumer;
import org.hydraguard.core.model.Account;
import org.hydraguard.io.ContractJson;
import org.hydraguard.io.InvalidRecordException;
import org.hydraguard.io.RecordParser;

/** Accounts by id, as contract JSON; an upsert replaces the whole record (the contract's stream of upserts). */
final class Accounts {
    private final Database db;

    Accounts(Database db) {
        this.db = db;
    }

    void upsert(Account account) {
        if (account == null) {
            throw new IllegalArgumentException("account is missing");
        }
        upsertAll(java.util.List.of(account));
    }

    /** Upserts a batch in one transaction (one commit instead of one per account); later entries win. */
    void upsertAll(java.util.List<Account> batch) {
        for (int i = 0; i < batch.size(); i++) {
            if (batch.get(i) == null) {
                throw new IllegalArgumentException("account " + i + " of a batch of " + batch.size() + " is null");
            }
        }
        String what = batch.size() == 1 ? "upsert account " + batch.get(0).accountId() : "upsert " + batch.size() + " accounts";
        db.transaction(what, c -> {
            try (PreparedStatement u = c.prepareStatement("INSERT INTO accounts (account_id, created_at_ms, json)"
                    + " VALUES (?, ?, ?) ON CONFLICT (account_id) DO UPDATE SET created_at_ms = excluded.created_at_ms,"
                    + " json = excluded.json")) {
                for (Account account : batch) {
                    u.setString(1, account.accountId());
                    u.setLong(2, Database.millis(account.createdAt()));
                    u.setString(3, ContractJson.toJson(account));
                    u.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Every account, in account id order. */
    long each(Consumer<Account> sink) {
        if (sink == null) {
            throw new IllegalArgumentException("accounts needs a consumer of accounts");
        }
        return db.read("read accounts", c -> {
            RecordParser<Account> parser = RecordParser.accounts();
            long n = 0;
            try (PreparedStatement q = c.prepareStatement("SELECT account_id, json FROM accounts ORDER BY account_id")) {
                q.setFetchSize(512);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        try {
                            sink.accept(parser.parse(rs.getString(2).getBytes(StandardCharsets.UTF_8)));
                        } catch (InvalidRecordException e) {
                            throw new StoreException("Possible corruption: account " + rs.getString(1) + " in "
                                    + db.where() + " is not a valid account: " + e.getMessage());
                        }
                        n++;
                    }
                }
            }
            return n;
        });
    }

    /** The account with this id, if stored. */
    java.util.Optional<Account> byId(String accountId) {
        Checks.text(accountId, "accountId");
        return db.read("read account " + accountId, c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT json FROM accounts WHERE account_id = ?")) {
                q.setString(1, accountId);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        return java.util.Optional.<Account>empty();
                    }
                    try {
                        return java.util.Optional.of(RecordParser.accounts().parse(rs.getString(1).getBytes(StandardCharsets.UTF_8)));
                    } catch (InvalidRecordException e) {
                        throw new StoreException("Possible corruption: account " + accountId + " in " + db.where()
                                + " is not a valid account: " + e.getMessage());
                    }
                }
            }
        });
    }
}
