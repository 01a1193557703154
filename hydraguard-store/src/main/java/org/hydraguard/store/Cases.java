package org.hydraguard.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Investigators' cases: one per campaign, opened, then confirmed or dismissed once, with notes at any
 * time. Each change and its audit entry (subject {@code campaign:<id>}) share one transaction.
 */
final class Cases {
    private static final String COLUMNS = "case_id, campaign_id, status, opened_by, opened_at_ms, closed_by, closed_at_ms";

    private final Database db;

    Cases(Database db) {
        this.db = db;
    }

    CaseRecord open(String campaignId, String who, Instant at) {
        Checks.text(campaignId, "campaignId");
        Checks.text(who, "who");
        Checks.time(at, "at");
        return db.transaction("open a case on campaign " + campaignId, c -> {
            Optional<CaseRecord> existing = find(c, "campaign_id = ?", campaignId);
            if (existing.isPresent()) {
                CaseRecord k = existing.get();
                throw new IllegalStateException("campaign " + campaignId + " already has case " + k.caseId() + " ("
                        + k.status() + ", opened by " + k.openedBy() + " at " + k.openedAt() + ")");
            }
            long id;
            try (PreparedStatement i = c.prepareStatement("INSERT INTO cases (campaign_id, status, opened_by, opened_at_ms)"
                    + " VALUES (?, 'OPEN', ?, ?) RETURNING case_id")) {
                i.setString(1, campaignId);
                i.setString(2, who);
                i.setLong(3, Database.millis(at));
                try (ResultSet rs = i.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            AuditTrail.write(c, who, at, "case.open", CaseRecord.subjectOf(campaignId), "case " + id + " opened");
            return find(c, "case_id = ?", id).orElseThrow();
        });
    }

    CaseRecord close(long caseId, CaseStatus outcome, String who, Instant at, String note) {
        Checks.text(who, "who");
        Checks.time(at, "at");
        String verb = outcome == CaseStatus.CONFIRMED ? "confirm" : "dismiss";
        return db.transaction(verb + " case " + caseId, c -> {
            CaseRecord k = existing(c, caseId);
            if (k.status() != CaseStatus.OPEN) {
                throw new IllegalStateException("cannot " + verb + " case " + caseId + ": it is already " + k.status()
                        + " (by " + k.closedBy() + " at " + k.closedAt() + "); only an OPEN case can be decided");
            }
            try (PreparedStatement u = c.prepareStatement(
                    "UPDATE cases SET status = ?, closed_by = ?, closed_at_ms = ? WHERE case_id = ?")) {
                u.setString(1, outcome.name());
                u.setString(2, who);
                u.setLong(3, Database.millis(at));
                u.setLong(4, caseId);
                u.executeUpdate();
            }
            boolean hasNote = note != null && !note.isBlank();
            if (hasNote) {
                insertNote(c, caseId, who, at, note);
            }
            AuditTrail.write(c, who, at, "case." + verb, k.auditSubject(),
                    "case " + caseId + " " + outcome.name().toLowerCase(Locale.ROOT) + (hasNote ? ": " + note : ""));
            return find(c, "case_id = ?", caseId).orElseThrow();
        });
    }

    CaseRecord addNote(long caseId, String who, Instant at, String text) {
        Checks.text(who, "who");
        Checks.time(at, "at");
        Checks.text(text, "text");
        return db.transaction("add a note to case " + caseId, c -> {
            CaseRecord k = existing(c, caseId);
            insertNote(c, caseId, who, at, text);
            AuditTrail.write(c, who, at, "case.note", k.auditSubject(), "case " + caseId + " note: " + text);
            return find(c, "case_id = ?", caseId).orElseThrow();
        });
    }

    Optional<CaseRecord> forCampaign(String campaignId) {
        Checks.text(campaignId, "campaignId");
        return db.read("read the case of campaign " + campaignId, c -> find(c, "campaign_id = ?", campaignId));
    }

    private static CaseRecord existing(Connection c, long caseId) throws SQLException {
        return find(c, "case_id = ?", caseId)
                .orElseThrow(() -> new IllegalArgumentException("there is no case " + caseId));
    }

    private static void insertNote(Connection c, long caseId, String who, Instant at, String text) throws SQLException {
        try (PreparedStatement i = c.prepareStatement(
                "INSERT INTO case_notes (case_id, author, at_ms, text) VALUES (?, ?, ?, ?)")) {
            i.setLong(1, caseId);
            i.setString(2, who);
            i.setLong(3, Database.millis(at));
            i.setString(4, text);
            i.executeUpdate();
        }
    }

    private static Optional<CaseRecord> find(Connection c, String where, Object key) throws SQLException {
        long id;
        String campaign;
        CaseStatus status;
        String openedBy;
        Instant openedAt;
        String closedBy;
        Instant closedAt;
        try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM cases WHERE " + where)) {
            q.setObject(1, key);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                id = rs.getLong(1);
                campaign = rs.getString(2);
                status = CaseStatus.valueOf(rs.getString(3));
                openedBy = rs.getString(4);
                openedAt = Database.instant(rs.getLong(5));
                closedBy = rs.getString(6);
                long closedMs = rs.getLong(7);
                closedAt = rs.wasNull() ? null : Database.instant(closedMs);
            }
        }
        List<CaseNote> notes = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(
                "SELECT author, at_ms, text FROM case_notes WHERE case_id = ? ORDER BY note_id")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    notes.add(new CaseNote(rs.getString(1), Database.instant(rs.getLong(2)), rs.getString(3)));
                }
            }
        }
        return Optional.of(new CaseRecord(id, campaign, status, openedBy, openedAt, closedBy, closedAt, notes));
    }
}
