package org.hydraguard.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Locale;

/** Operator settings; today the policy mode. Every change is audited under subject {@code policy}. */
final class Settings {
    static final String POLICY_SUBJECT = "policy";
    private static final String POLICY_MODE = "policy.mode";

    private final Database db;

    Settings(Database db) {
        this.db = db;
    }

    PolicyMode policyMode() {
        return db.read("read the policy mode", c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT value FROM settings WHERE name = ?")) {
                q.setString(1, POLICY_MODE);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? mode(rs.getString(1)) : PolicyMode.SHADOW;
                }
            }
        });
    }

    private PolicyMode mode(String stored) {
        try {
            return PolicyMode.valueOf(stored);
        } catch (IllegalArgumentException e) {
            throw new StoreException("Possible corruption: setting " + POLICY_MODE + " in " + db.where() + " is '"
                    + stored + "'; expected SHADOW or ENFORCE");
        }
    }

    void setPolicyMode(PolicyMode mode, String who, Instant at) {
        if (mode == null) {
            throw new IllegalArgumentException("policy mode is missing; expected SHADOW or ENFORCE");
        }
        Checks.text(who, "who");
        Checks.time(at, "at");
        db.transaction("set the policy mode to " + mode, c -> {
            PolicyMode before = PolicyMode.SHADOW;
            try (PreparedStatement q = c.prepareStatement("SELECT value FROM settings WHERE name = ?")) {
                q.setString(1, POLICY_MODE);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        before = mode(rs.getString(1));
                    }
                }
            }
            try (PreparedStatement u = c.prepareStatement("INSERT INTO settings (name, value, changed_by, changed_at_ms)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value,"
                    + " changed_by = excluded.changed_by, changed_at_ms = excluded.changed_at_ms")) {
                u.setString(1, POLICY_MODE);
                u.setString(2, mode.name());
                u.setString(3, who);
                u.setLong(4, Database.millis(at));
                u.executeUpdate();
            }
            AuditTrail.write(c, who, at, POLICY_MODE, POLICY_SUBJECT, name(before) + " -> " + name(mode));
            return null;
        });
    }

    private static String name(PolicyMode m) {
        return m.name().toLowerCase(Locale.ROOT);
    }
}
