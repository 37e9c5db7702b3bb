-- The audit trail: append-only, hash-chained. Each entry's hash is SHA-256 over the previous entry's
-- hash and its own fields (see io.breachflow.audit.ChainHash); the first entry's previous hash is 64
-- zeros. audit_chain_head is the single row every append locks (SELECT ... FOR UPDATE), so concurrent
-- writers, in one JVM or several, keep the chain linear; it also names the last link, so a deleted tail
-- is detected by verification. On PostgreSQL a trigger refuses UPDATE and DELETE on audit_entry.
CREATE TABLE audit_entry
(
    sequence    BIGINT                      NOT NULL,
    at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor       VARCHAR(100)                NOT NULL,
    action      VARCHAR(60)                 NOT NULL,
    incident_id VARCHAR(36),
    detail      VARCHAR(2000),
    prev_hash   CHAR(64)                    NOT NULL,
    hash        CHAR(64)                    NOT NULL,
    PRIMARY KEY (sequence)
);
CREATE INDEX audit_entry_by_incident_idx ON audit_entry (incident_id, sequence);

CREATE TABLE audit_chain_head
(
    id       INT      NOT NULL,
    sequence BIGINT   NOT NULL,
    hash     CHAR(64) NOT NULL,
    PRIMARY KEY (id)
);
INSERT INTO audit_chain_head (id, sequence, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE FUNCTION audit_entry_append_only() RETURNS trigger AS
$$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
