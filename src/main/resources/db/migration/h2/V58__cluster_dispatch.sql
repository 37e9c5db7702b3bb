-- Issue 19: several Breachflow nodes on one database. Each process is a node with a lease it renews by
-- heartbeat; a node whose lease expired is taken over by one survivor (a conditional UPDATE of its row),
-- which resolves the ledger rows the lost node left SENDING and then deletes the row.
CREATE TABLE cluster_node (
    node_id        VARCHAR(80) PRIMARY KEY,  -- one per process start: <name>-<random>
    node_name      VARCHAR(64) NOT NULL,     -- breachflow.cluster.node-id, or the host name
    started_at     BIGINT      NOT NULL,
    heartbeat_at   BIGINT      NOT NULL,
    lease_until    BIGINT      NOT NULL,     -- epoch ms; 0 after a clean shutdown
    status         VARCHAR(12) NOT NULL,     -- LIVE or TAKEN_OVER
    taken_over_by  VARCHAR(80)
);
CREATE INDEX cluster_node_status ON cluster_node (status, lease_until);

-- The node that claimed a row (SENDING): whose in-doubt rows these are when that node is lost. Nullable
-- without a default, so adding it does not rewrite a large ledger.
ALTER TABLE notice_ledger ADD COLUMN claimed_by VARCHAR(80);

-- A run's messages-per-second ceiling for the whole cluster: the next free send slot (epoch microseconds);
-- a node reserves a block of consecutive slots with one atomic UPDATE and spends them itself.
CREATE TABLE notice_run_rate (
    run_id            BIGINT PRIMARY KEY REFERENCES notice_run (id),
    next_slot_micros  BIGINT NOT NULL
);
