package org.hydraguard.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only audit trail. {@link #write} runs inside the caller's transaction so that a change
 * and its audit entry are committed together or not at all.
 */
final class AuditTrail {
    private final Database db;

    AuditTrail(Database db) {
        this.db = db;
    }

    static void write(Connection c, String who, Instant at, String action, String subject, String detail)
            throws SQLException {
        try (PreparedStatement i = c.prepareStatement(
                "INSERT INTO audit (actor, at_ms, action, subject, detail) VALUES (?, ?, ?, ?, ?)")) {
            i.setString(1, who);
            i.setLong(2, Database.millis(at));
            i.setString(3, action);
            i.setString(4, subject);
            i.setString(5, detail);
            i.executeUpdate();
        }
    }

    void append(String who, Instant at, String action, String subject, String detail) {
        Checks.text(who, "who");
        Checks.time(at, "at");
        Checks.text(action, "action");
        Checks.text(subject, "subject");
        String d = detail == null ? "" : detail;
        db.transaction("write an audit entry", c -> {
            write(c, who, at, action, subject, d);
            return null;
        });
    }

    /** Entries about one subject, in the order written. */
    List<AuditEntry> of(String subject) {
        Checks.text(subject, "subject");
        return db.read("read the audit trail of " + subject, c -> {
            List<AuditEntry> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT audit_id, actor, at_ms, action, subject, detail"
                    + " FROM audit WHERE subject = ? ORDER BY audit_id")) {
                q.setString(1, subject);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AuditEntry(rs.getLong(1), rs.getString(2), Database.instant(rs.getLong(3)),
                                rs.getString(4), rs.getString(5), rs.getString(6)));
                    }
                }
            }
            return out;
        });
    }
}
