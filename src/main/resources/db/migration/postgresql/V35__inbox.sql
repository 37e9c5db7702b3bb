-- web-inbox: what the inbox sorts and filters on, form drafts, and uploaded receipts.

-- The deadline as an instant, so tasks sort by the moment they are due whatever the offset of the
-- ISO text in due_at; filled on insert by the tasklist, back-filled here for existing rows. Tasks without
-- a deadline hold 9999-12-31: never null, so both databases walk the inbox index in deadline order and
-- stop after one page (NULLS LAST would sort differently per vendor and defeat the index).
ALTER TABLE human_task ADD COLUMN due_instant TIMESTAMP(6) WITH TIME ZONE;
UPDATE human_task SET due_instant = CAST(due_at AS TIMESTAMP(6) WITH TIME ZONE) WHERE due_at IS NOT NULL;
UPDATE human_task SET due_instant = TIMESTAMP WITH TIME ZONE '9999-12-31 00:00:00+00' WHERE due_instant IS NULL;
ALTER TABLE human_task ALTER COLUMN due_instant SET NOT NULL;

-- From when the task counts as at risk: the deadline minus the larger of 12 hours and a quarter of the
-- window from the task's arrival to its deadline (the inbox's rule), so counting is a plain comparison.
-- Rows older than this migration get the 12-hour part only.
ALTER TABLE human_task ADD COLUMN at_risk_from TIMESTAMP(6) WITH TIME ZONE;
UPDATE human_task SET at_risk_from = due_instant - INTERVAL '12' HOUR WHERE due_at IS NOT NULL;

-- The inbox page: open tasks by deadline, then id; the visibility filter narrows by
-- assignee or candidate groups, both read from these rows without a second query per task.
-- It supersedes the state-only index of V3, which H2 would otherwise prefer and then sort every row.
CREATE INDEX human_task_inbox_idx ON human_task (state, due_instant, id);
DROP INDEX human_task_by_state_idx;
CREATE INDEX human_task_by_assignee_idx ON human_task (assignee, state);
CREATE INDEX human_task_by_form_idx ON human_task (form_key, state);

-- A form saved but not submitted: one draft per task and person, JSON of the fields as typed.
CREATE TABLE human_task_draft
(
    task_id  BIGINT                      NOT NULL,
    username VARCHAR(100)                NOT NULL,
    form     TEXT                        NOT NULL,
    saved_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (task_id, username)
);

-- Files attached to a task form (portal receipts): the bytes stay here, the process gets the id.
CREATE TABLE human_task_upload
(
    id           UUID                        NOT NULL,
    task_id      BIGINT                      NOT NULL,
    filename     VARCHAR(255)                NOT NULL,
    content_type VARCHAR(100)                NOT NULL,
    size_bytes   BIGINT                      NOT NULL,
    sha256       VARCHAR(64)                 NOT NULL,
    content      BYTEA                        NOT NULL,
    uploaded_by  VARCHAR(100)                NOT NULL,
    uploaded_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX human_task_upload_by_task_idx ON human_task_upload (task_id);
