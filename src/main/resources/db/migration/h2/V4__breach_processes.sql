-- The process instances started for each incident (detection, lifecycle), so a re-delivered event
-- (event publication registry after a crash) does not start a second one.
CREATE TABLE breach_process
(
    incident_id          VARCHAR(36)                 NOT NULL,
    bpmn_process_id      VARCHAR(100)                NOT NULL,
    process_instance_key BIGINT,
    started_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (incident_id, bpmn_process_id)
);
