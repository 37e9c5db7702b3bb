-- Reported incidents, their immutable fact revisions and the obligations derived from them.
-- Facts hold counts and categories only, never personal data.
CREATE TABLE incident
(
    id          UUID                        NOT NULL,
    reported_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    reported_by VARCHAR(100)                NOT NULL,
    PRIMARY KEY (id)
);

-- Revision 1 holds the facts as reported; every later revision holds the complete merged facts.
CREATE TABLE incident_revision
(
    incident_id UUID                        NOT NULL REFERENCES incident (id),
    number      INTEGER                     NOT NULL,
    revised_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    stored_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    stored_by   VARCHAR(100)                NOT NULL,
    note        VARCHAR(2000),
    facts       TEXT                        NOT NULL,
    recorded_at TIMESTAMP(6) WITH TIME ZONE,
    PRIMARY KEY (incident_id, number)
);

-- The obligations of the incident as of its latest recorded revision.
CREATE TABLE incident_obligation
(
    incident_id    UUID         NOT NULL REFERENCES incident (id),
    obligation_key VARCHAR(200) NOT NULL,
    regime         VARCHAR(40)  NOT NULL,
    kind           VARCHAR(40)  NOT NULL,
    recipient      VARCHAR(40)  NOT NULL,
    jurisdiction   VARCHAR(10),
    due_at         VARCHAR(40),
    status         VARCHAR(20)  NOT NULL,
    since_revision INTEGER      NOT NULL,
    PRIMARY KEY (incident_id, obligation_key)
);
