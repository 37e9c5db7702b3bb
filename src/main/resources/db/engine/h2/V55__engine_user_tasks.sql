-- Camunda user tasks (zeebe:userTask): one row per task, kept after it completes or is canceled so the
-- REST user-task search shows history. pending_json holds a lifecycle transition waiting for its task
-- listeners (event, action, target properties with corrections, completion variables, next listener).
CREATE TABLE engine_user_task (
  user_task_key BIGINT PRIMARY KEY,
  element_instance_key BIGINT NOT NULL,
  process_instance_key BIGINT NOT NULL,
  process_definition_key BIGINT NOT NULL,
  bpmn_process_id VARCHAR(255) NOT NULL,
  element_id VARCHAR(255) NOT NULL,
  state VARCHAR(32) NOT NULL,
  assignee VARCHAR(255),
  candidate_groups CHARACTER LARGE OBJECT,
  candidate_users CHARACTER LARGE OBJECT,
  due_date VARCHAR(64),
  follow_up_date VARCHAR(64),
  priority INT NOT NULL,
  form_key BIGINT,
  external_form_reference VARCHAR(1000),
  custom_headers CHARACTER LARGE OBJECT,
  creation_ms BIGINT NOT NULL,
  completion_ms BIGINT,
  pending_json CHARACTER LARGE OBJECT
);
CREATE INDEX ix_engine_user_task_ei ON engine_user_task (element_instance_key);
CREATE INDEX ix_engine_user_task_pi ON engine_user_task (process_instance_key);

-- Task listener jobs: the kind (BPMN_ELEMENT or TASK_LISTENER), the listener's event type and its user task.
ALTER TABLE engine_job ADD COLUMN job_kind VARCHAR(32) DEFAULT 'BPMN_ELEMENT' NOT NULL;
ALTER TABLE engine_job ADD COLUMN listener_event_type VARCHAR(32);
ALTER TABLE engine_job ADD COLUMN user_task_key BIGINT;
