-- Keyed audit chain (see io.breachflow.audit.ChainHash): new entries are HMAC-SHA256 with a key kept
-- outside the database, named by key_id so keys can rotate. Entries written before this migration keep
-- their plain SHA-256 hash and are marked as such; they still verify, and a plain SHA-256 entry after the
-- first keyed one is reported as a rewrite. ADD COLUMN with a default is DDL: on PostgreSQL the
-- append-only trigger (V30) is not involved.
ALTER TABLE audit_entry ADD COLUMN scheme VARCHAR(16) DEFAULT 'SHA-256' NOT NULL;
ALTER TABLE audit_entry ADD COLUMN key_id VARCHAR(40);
