-- Detection: security signals (idempotent on source + reference) grouped into suspected incidents, and
-- the triage decision on each, kept with its reasoning whatever the outcome (the register needs them).
-- A confirmed breach becomes the incident with the same id.
CREATE TABLE suspected_incident
(
    id                UUID                        NOT NULL,
    signal_type       VARCHAR(100)                NOT NULL,
    opened_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    first_observed_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_observed_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status            VARCHAR(20)                 NOT NULL,
    aware_at          TIMESTAMP(6) WITH TIME ZONE,
    reasoning         CLOB,
    decided_by        VARCHAR(100),
    decided_at        TIMESTAMP(6) WITH TIME ZONE,
    PRIMARY KEY (id)
);
CREATE INDEX suspected_incident_by_status_type_idx ON suspected_incident (status, signal_type);

CREATE TABLE security_signal
(
    source                VARCHAR(100)                NOT NULL,
    reference             VARCHAR(200)                NOT NULL,
    suspected_incident_id UUID                        NOT NULL REFERENCES suspected_incident (id),
    signal_type           VARCHAR(100)                NOT NULL,
    severity              VARCHAR(20)                 NOT NULL,
    observed_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    summary               VARCHAR(4000),
    received_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (source, reference)
);
