-- Camunda Forms deployed as .form resources: one row per version; a user task with formId links one of them
-- (binding latest, deployment or versionTag) and carries its form_key.
CREATE TABLE engine_form (
  form_key BIGINT PRIMARY KEY,
  form_id VARCHAR(255) NOT NULL,
  version INT NOT NULL,
  version_tag VARCHAR(255),
  resource_name VARCHAR(1000) NOT NULL,
  checksum VARCHAR(64) NOT NULL,
  deployment_key BIGINT NOT NULL,
  form_schema CHARACTER LARGE OBJECT NOT NULL,
  created_ms BIGINT NOT NULL
);
CREATE INDEX ix_engine_form_id ON engine_form (form_id, version);

-- What follows an element instance's termination when canceling task listeners hold it (8.8 blocks the
-- termination until they complete): e.g. activating the interrupting boundary event that terminated it.
CREATE TABLE engine_termination_continuation (
  element_instance_key BIGINT PRIMARY KEY,
  process_instance_key BIGINT NOT NULL,
  continuation_json CHARACTER LARGE OBJECT NOT NULL
);
