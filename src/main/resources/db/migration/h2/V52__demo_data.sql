-- The demo case of the default profile (issue 17): one row while demo data exists or once existed, so the
-- first start on an empty database seeds it, the banner on every page knows about it, and a database whose
-- demo data an administrator removed is never seeded again. What the demo created is found by these ids.
CREATE TABLE demo_data (
    id           INT           NOT NULL,
    state        VARCHAR(16)   NOT NULL,
    incident_id  VARCHAR(36),
    cohort_id    BIGINT,
    run_id       BIGINT,
    started_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP(6) WITH TIME ZONE,
    failure      VARCHAR(400),
    removed_at   TIMESTAMP(6) WITH TIME ZONE,
    removed_by   VARCHAR(100),
    PRIMARY KEY (id)
);
