-- Drill mode (drill profile, its own database): one row per drill run. The engine's clock is kept by the engine
-- (engine_clock); a run keeps its pace (drill time per real minute), whether it is paused, which timed injects
-- (scope revisions) it applied, and, once ended, its report (XHTML, printed to PDF on request).
CREATE TABLE drill_run
(
    id              BIGINT                      NOT NULL,
    scenario        VARCHAR(40)                 NOT NULL,
    incident_id     VARCHAR(36),
    started_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    started_by      VARCHAR(100)                NOT NULL,
    pace_seconds    BIGINT                      NOT NULL,
    paused          BOOLEAN                     NOT NULL,
    injects_applied INT                         NOT NULL,
    ended_at        TIMESTAMP(6) WITH TIME ZONE,
    ended_by        VARCHAR(100),
    report          CLOB,
    PRIMARY KEY (id)
);

-- When each obligation of a drill case was met, by the drill clock (the obligation table keeps only its status).
CREATE TABLE drill_obligation_met
(
    incident_id    VARCHAR(36)                 NOT NULL,
    obligation_key VARCHAR(200)                NOT NULL,
    met_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (incident_id, obligation_key)
);

-- A register entry that comes from a drill names its run, so no exercise passes for a real breach.
ALTER TABLE breach_register_entry ADD COLUMN drill_run BIGINT;
