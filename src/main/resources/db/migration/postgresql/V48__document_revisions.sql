-- Which revision of the incident's facts each drafted document (authority report, letter version) was written
-- from, and whether a later revision superseded it before it was filed or sent (issue 15). A row is inserted
-- when the document is drafted; afterwards only its supersession or its use (filed, sent) is added, once.
-- Timestamps are epoch milliseconds, like the document tables themselves.
CREATE TABLE document_revision (
    kind                    VARCHAR(16)   NOT NULL,
    document_id             BIGINT        NOT NULL,
    incident_id             VARCHAR(64)   NOT NULL,
    obligation_key          VARCHAR(200)  NOT NULL,
    facts_revision          INT           NOT NULL,
    drafted_at              BIGINT        NOT NULL,
    superseded_by_revision  INT,
    superseded_at           BIGINT,
    superseded_by           VARCHAR(100),
    used_at                 BIGINT,
    CONSTRAINT document_revision_pk PRIMARY KEY (kind, document_id)
);
CREATE INDEX document_revision_incident ON document_revision (incident_id, obligation_key);
