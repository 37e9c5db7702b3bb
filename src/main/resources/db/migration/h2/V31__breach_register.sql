-- The breach register (GDPR Art. 33(5): every personal data breach documented, notified or not, with its
-- facts, effects and remedial action; regulations.md 2.9, and PIPEDA's record of every breach, 12.4).
-- One row per suspected or reported incident, so triage decisions that found no breach stay on record
-- with their reasoning. Written by the audit module from other modules' events; counts and categories
-- only, no personal data.
CREATE TABLE breach_register_entry
(
    incident_id      VARCHAR(36)                 NOT NULL,
    opened_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    outcome          VARCHAR(20)                 NOT NULL,
    reasoning        CLOB,
    decided_by       VARCHAR(100),
    decided_at       TIMESTAMP(6) WITH TIME ZONE,
    title            VARCHAR(500),
    cause            VARCHAR(30),
    data_categories  VARCHAR(1000),
    aware_at         VARCHAR(40),
    affected_total   BIGINT,
    affected_detail  VARCHAR(2000),
    high_risk        BOOLEAN,
    encrypted        BOOLEAN,
    latest_revision  INT,
    obligations      CLOB,
    remedial_action  CLOB,
    closed_at        TIMESTAMP(6) WITH TIME ZONE,
    lessons_learned  CLOB,
    updated_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (incident_id)
);
CREATE INDEX breach_register_entry_by_opened_idx ON breach_register_entry (opened_at);
