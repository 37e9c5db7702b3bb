-- Questions a regulator asked about a filed report (issue 6 follow-ups); the text stays here, the process
-- carries only the question's id.
CREATE TABLE regulator_question
(
    id           VARCHAR(36)                 NOT NULL,
    incident_id  UUID                        NOT NULL REFERENCES incident (id),
    authority    VARCHAR(40)                 NOT NULL,
    reference    VARCHAR(100),
    received_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    answer_due   TIMESTAMP(6) WITH TIME ZONE,
    question     VARCHAR(8000)               NOT NULL,
    recorded_by  VARCHAR(100)                NOT NULL,
    recorded_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (id)
);
