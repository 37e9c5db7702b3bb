-- The process job that recorded a revision: a job retried after its transaction committed (its completion
-- was lost) is answered again from the revisions it recorded, instead of with nothing.
ALTER TABLE incident_revision ADD COLUMN recorded_by BIGINT;
