-- web-inbox: what the inbox sorts and filters on, form drafts, and uploaded receipts.

-- The deadline as an instant, so tasks sort by the moment they are due whatever the offset of the
-- ISO text in due_at; filled on insert by the tasklist, back-filled here for existing rows.
ALTER TABLE human_task ADD COLUMN due_instant TIMESTAMP(6) WITH TIME ZONE;
UPDATE human_task SET due_instant = CAST(due_at AS TIMESTAMP(6) WITH TIME ZONE) WHERE due_at IS NOT NULL;

-- The inbox page: open tasks by deadline (nulls last), then id; the visibility filter narrows by
-- assignee or candidate groups, both read from these rows without a second query per task.
CREATE INDEX human_task_inbox_idx ON human_task (state, due_instant, id);
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
