-- Embedded engine part 2: timers, message and signal subscriptions, buffered messages,
-- multi-instance bookkeeping, call-activity parents.
ALTER TABLE engine_element_instance ADD COLUMN parent_element_instance_key BIGINT DEFAULT -1 NOT NULL;
ALTER TABLE engine_element_instance ADD COLUMN mi_total INT DEFAULT 0 NOT NULL;
ALTER TABLE engine_element_instance ADD COLUMN mi_completed INT DEFAULT 0 NOT NULL;
ALTER TABLE engine_element_instance ADD COLUMN mi_terminated INT DEFAULT 0 NOT NULL;
ALTER TABLE engine_element_instance ADD COLUMN interrupted INT DEFAULT 0 NOT NULL;
ALTER TABLE engine_element_instance ADD COLUMN correlation_key VARCHAR(1000);
ALTER TABLE engine_element_instance ADD COLUMN bpmn_process_id VARCHAR(255);
CREATE INDEX ix_engine_ei_parent ON engine_element_instance (parent_element_instance_key);

ALTER TABLE engine_process_definition ADD COLUMN version_tag VARCHAR(255);

CREATE TABLE engine_timer (
  timer_key BIGINT PRIMARY KEY,
  owner_key BIGINT NOT NULL,
  process_instance_key BIGINT NOT NULL,
  process_definition_key BIGINT NOT NULL,
  target_element_id VARCHAR(255) NOT NULL,
  due_ms BIGINT NOT NULL,
  repetitions INT NOT NULL,
  cycle VARCHAR(1000),
  created_ms BIGINT NOT NULL
);
CREATE INDEX ix_engine_timer_due ON engine_timer (due_ms);
CREATE INDEX ix_engine_timer_owner ON engine_timer (owner_key);

CREATE TABLE engine_subscription (
  subscription_key BIGINT PRIMARY KEY,
  kind VARCHAR(16) NOT NULL,
  owner_key BIGINT NOT NULL,
  process_instance_key BIGINT NOT NULL,
  process_definition_key BIGINT NOT NULL,
  bpmn_process_id VARCHAR(255) NOT NULL,
  target_element_id VARCHAR(255) NOT NULL,
  event_name VARCHAR(1000) NOT NULL,
  correlation_key VARCHAR(1000),
  created_ms BIGINT NOT NULL
);
CREATE INDEX ix_engine_sub_name ON engine_subscription (kind, event_name, correlation_key);
CREATE INDEX ix_engine_sub_owner ON engine_subscription (owner_key);

CREATE TABLE engine_message (
  message_key BIGINT PRIMARY KEY,
  name VARCHAR(1000) NOT NULL,
  correlation_key VARCHAR(1000) NOT NULL,
  message_id VARCHAR(1000),
  variables CHARACTER LARGE OBJECT NOT NULL,
  deadline_ms BIGINT NOT NULL,
  created_ms BIGINT NOT NULL
);
CREATE INDEX ix_engine_message_name ON engine_message (name, correlation_key);

CREATE TABLE engine_message_correlation (
  message_key BIGINT NOT NULL,
  bpmn_process_id VARCHAR(255) NOT NULL,
  PRIMARY KEY (message_key, bpmn_process_id)
);

CREATE TABLE engine_mi_input (
  body_key BIGINT PRIMARY KEY,
  json_value CHARACTER LARGE OBJECT NOT NULL
);

CREATE TABLE engine_mi_output (
  body_key BIGINT NOT NULL,
  loop_counter INT NOT NULL,
  json_value CHARACTER LARGE OBJECT NOT NULL,
  PRIMARY KEY (body_key, loop_counter)
);
