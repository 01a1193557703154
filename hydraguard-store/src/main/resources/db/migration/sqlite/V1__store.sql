-- Hydraguard store, schema 1 (SQLite). The PostgreSQL twin is db/migration/postgresql/V1__store.sql:
-- same tables, columns and meaning; only types, identity columns and triggers are spelled per vendor.
-- Times are epoch milliseconds (event time passed in by the caller).

-- Every exchange id ever accepted, with the journal sequence it got. Kept when the journal is pruned,
-- so that an exchange re-sent after a snapshot is still recognised as a duplicate.
-- AUTOINCREMENT: a sequence is never reused, even after the highest rows are deleted.
CREATE TABLE exchange_ids (
    seq    INTEGER PRIMARY KEY AUTOINCREMENT,
    id     TEXT    NOT NULL UNIQUE,
    ts_ms  BIGINT  NOT NULL
);

-- The accepted exchanges not yet covered by a snapshot, as contract JSON.
CREATE TABLE journal (
    seq    BIGINT PRIMARY KEY REFERENCES exchange_ids (seq),
    json   TEXT   NOT NULL
);

CREATE TABLE accounts (
    account_id     TEXT   PRIMARY KEY,
    created_at_ms  BIGINT NOT NULL,
    json           TEXT   NOT NULL
);

CREATE TABLE snapshots (
    snapshot_id   INTEGER PRIMARY KEY AUTOINCREMENT,
    covered_seq   BIGINT  NOT NULL,
    state         BLOB    NOT NULL
);

CREATE TABLE campaigns (
    campaign_id    TEXT             PRIMARY KEY,
    score          DOUBLE PRECISION NOT NULL,
    account_count  INTEGER          NOT NULL,
    first_seen_ms  BIGINT           NOT NULL,
    last_seen_ms   BIGINT           NOT NULL,
    json           TEXT             NOT NULL
);
CREATE INDEX campaigns_by_risk ON campaigns (score DESC, campaign_id);

CREATE TABLE decisions (
    decision_id     INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id      TEXT             NOT NULL,
    end_user_id     TEXT,
    action          TEXT             NOT NULL,
    campaign_id     TEXT,
    score           DOUBLE PRECISION NOT NULL,
    decided_at_ms   BIGINT           NOT NULL,
    json            TEXT             NOT NULL
);
CREATE INDEX decisions_by_subject ON decisions (account_id, end_user_id, decided_at_ms);

CREATE TABLE cases (
    case_id         INTEGER PRIMARY KEY AUTOINCREMENT,
    campaign_id     TEXT   NOT NULL UNIQUE,
    status          TEXT   NOT NULL CHECK (status IN ('OPEN', 'CONFIRMED', 'DISMISSED')),
    opened_by       TEXT   NOT NULL,
    opened_at_ms    BIGINT NOT NULL,
    closed_by       TEXT,
    closed_at_ms    BIGINT
);

CREATE TABLE case_notes (
    note_id     INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id     BIGINT NOT NULL REFERENCES cases (case_id),
    author      TEXT   NOT NULL,
    at_ms       BIGINT NOT NULL,
    text        TEXT   NOT NULL
);
CREATE INDEX case_notes_by_case ON case_notes (case_id, note_id);

CREATE TABLE audit (
    audit_id    INTEGER PRIMARY KEY AUTOINCREMENT,
    actor       TEXT   NOT NULL,
    at_ms       BIGINT NOT NULL,
    action      TEXT   NOT NULL,
    subject     TEXT   NOT NULL,
    detail      TEXT   NOT NULL
);
CREATE INDEX audit_by_subject ON audit (subject, audit_id);

-- The audit trail is evidence: the database itself refuses to change or remove an entry.
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only: entries cannot be updated');
END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only: entries cannot be deleted');
END;

CREATE TABLE settings (
    name            TEXT   PRIMARY KEY,
    value           TEXT   NOT NULL,
    changed_by      TEXT   NOT NULL,
    changed_at_ms   BIGINT NOT NULL
);
