-- Issue 19: the latest audit chain verification, shared by every node on this database. The verification runs on one
-- node per interval (a cluster lock); every node's pages show its finding (the "chain broken" banner), and a break is
-- raised (mailed) once for the cluster, not once per node that happens to verify. One row, id 1.
CREATE TABLE audit_chain_status
(
    id          INT                      NOT NULL PRIMARY KEY,
    intact      BOOLEAN                  NOT NULL,
    checked     BIGINT                   NOT NULL,
    broken_at   BIGINT,
    problem     VARCHAR(4000),
    checkpoint  BIGINT,
    verified_at TIMESTAMP WITH TIME ZONE NOT NULL
);
