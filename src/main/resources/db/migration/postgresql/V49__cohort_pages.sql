-- Cohorts page (issue 16): a cohort has a name people pick it by, the incident it belongs to and who
-- imported it; its kept people are counted per jurisdiction and first reachable channel once, at import,
-- so the page never counts millions of rows again. Runs may be limited to some channels.

ALTER TABLE notice_cohort ADD COLUMN name VARCHAR(200);
-- the name as compared: trimmed and lower-cased, unique across all cohorts (NULL for API imports
-- without a name, which are shown by their label and id)
ALTER TABLE notice_cohort ADD COLUMN name_key VARCHAR(200);
ALTER TABLE notice_cohort ADD COLUMN incident_id VARCHAR(64);
ALTER TABLE notice_cohort ADD COLUMN created_by VARCHAR(100);
ALTER TABLE notice_cohort ADD CONSTRAINT notice_cohort_name UNIQUE (name_key);

-- channel: EMAIL, SMS or POST (the first the person can be reached on), NONE for no usable contact.
CREATE TABLE notice_cohort_count (
    cohort_id     BIGINT      NOT NULL REFERENCES notice_cohort (id),
    jurisdiction  VARCHAR(16) NOT NULL,
    channel       VARCHAR(8)  NOT NULL,
    people        BIGINT      NOT NULL,
    PRIMARY KEY (cohort_id, jurisdiction, channel)
);

-- The channels a run may use, comma-separated (EMAIL,SMS,POST); NULL: every configured channel.
ALTER TABLE notice_run ADD COLUMN channels VARCHAR(20);
