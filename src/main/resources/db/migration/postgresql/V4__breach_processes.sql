-- The lifecycle process instance started for each incident, so a re-delivered IncidentReported
-- (event publication registry after a crash) does not start a second one.
CREATE TABLE breach_process
(
    incident_id          VARCHAR(36)                 NOT NULL,
    process_instance_key BIGINT,
    started_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (incident_id)
);
