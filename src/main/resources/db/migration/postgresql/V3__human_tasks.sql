-- The tasklist's read model of job-based user tasks: one row per user-task job (id = job key).
CREATE TABLE human_task
(
    id               BIGINT                      NOT NULL,
    element_id       VARCHAR(200)                NOT NULL,
    name             VARCHAR(200)                NOT NULL,
    form_key         VARCHAR(200),
    incident_id      VARCHAR(36),
    subject_key      VARCHAR(200),
    candidate_groups VARCHAR(1000)               NOT NULL,
    assignee         VARCHAR(100),
    due_at           VARCHAR(40),
    state            VARCHAR(20)                 NOT NULL,
    created_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    completed_by     VARCHAR(100),
    completed_at     TIMESTAMP(6) WITH TIME ZONE,
    form_data        TEXT,
    PRIMARY KEY (id)
);
CREATE INDEX human_task_by_state_idx ON human_task (state);
CREATE INDEX human_task_by_incident_idx ON human_task (incident_id);

-- Deadline reminders and escalations (kind REMINDER or ESCALATION) per incident and subject (obligation
-- key): the inbox badges of every open task about that subject, including tasks created afterwards.
CREATE TABLE human_task_reminder
(
    incident_id VARCHAR(36)                 NOT NULL,
    subject_key VARCHAR(200)                NOT NULL,
    kind        VARCHAR(20)                 NOT NULL,
    reminded_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX human_task_reminder_by_subject_idx ON human_task_reminder (incident_id, subject_key);
