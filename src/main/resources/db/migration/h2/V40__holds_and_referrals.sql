-- Law-enforcement requests to hold notices back (issue 6), kept with what they held and why.
CREATE TABLE law_enforcement_hold
(
    id            VARCHAR(36)                 NOT NULL,
    incident_id   UUID                        NOT NULL REFERENCES incident (id),
    requested_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    hold_until    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    agency        VARCHAR(200)                NOT NULL,
    reference     VARCHAR(100)                NOT NULL,
    note          VARCHAR(2000),
    attachment_id VARCHAR(100),
    recorded_by   VARCHAR(100)                NOT NULL,
    recorded_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (id)
);

-- A held obligation shows until when and on what basis; its due_at is already shifted.
ALTER TABLE incident_obligation ADD COLUMN held_until VARCHAR(40);
ALTER TABLE incident_obligation ADD COLUMN hold_basis VARCHAR(400);

-- At most one police referral per incident, whether the cause or an officer asked for it.
CREATE TABLE police_referral
(
    incident_id  UUID                        NOT NULL REFERENCES incident (id),
    requested_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    requested_by VARCHAR(100)                NOT NULL,
    reason       VARCHAR(2000)               NOT NULL,
    PRIMARY KEY (incident_id)
);
