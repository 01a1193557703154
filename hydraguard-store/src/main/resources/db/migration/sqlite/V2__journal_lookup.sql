-- Schema 2: the journal doubles as the evidence store the console reads sample prompts and timelines
-- from, so each entry also records whose it is and when it happened (event time). Entries written by
-- schema 1 have NULLs here and are simply not found by these lookups.
ALTER TABLE journal ADD COLUMN account_id TEXT;
ALTER TABLE journal ADD COLUMN ts_ms BIGINT;
CREATE INDEX journal_by_account ON journal (account_id, ts_ms);
