-- Schema 3 (PostgreSQL). The SQLite twin is db/migration/sqlite/V3__indicators_and_keys.sql: same
-- tables, columns and meaning.

-- Indicators handed to the engine (STIX import, POST /v1/indicators, serve --indicators), as contract
-- JSON, so that a restart feeds them again. fingerprint (SHA-256 hex of the JSON) makes an import of
-- the same indicator a no-op; indicator_id gives the order they were fed in.
CREATE TABLE indicators (
    indicator_id  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    fingerprint   TEXT    NOT NULL UNIQUE,
    json          TEXT    NOT NULL
);

-- Which indicators a snapshot's engine state already holds (those with indicator_id up to this), so
-- that recovery feeds only the later ones and none twice.
ALTER TABLE snapshots ADD COLUMN indicators_through BIGINT NOT NULL DEFAULT 0;

-- The account each API key id was first seen with at ingest, so the gateway check can identify a
-- request by its key alone also after a restart (the journal it was learnt from may be pruned).
CREATE TABLE api_keys (
    api_key_id  TEXT PRIMARY KEY,
    account_id  TEXT NOT NULL
);
