-- Embedded engine part 4: one row per process instance ever started, kept after it ends, so the
-- REST search API can find instances by key, parent, process id and state without scanning history.
CREATE TABLE engine_process_instance_history (
  process_instance_key BIGINT PRIMARY KEY,
  process_definition_key BIGINT NOT NULL,
  bpmn_process_id VARCHAR(255) NOT NULL,
  parent_process_instance_key BIGINT NOT NULL,
  parent_element_instance_key BIGINT NOT NULL,
  state VARCHAR(32) NOT NULL,
  start_ms BIGINT NOT NULL,
  end_ms BIGINT
);
CREATE INDEX ix_engine_pih_parent ON engine_process_instance_history (parent_process_instance_key);
CREATE INDEX ix_engine_pih_process ON engine_process_instance_history (bpmn_process_id);

-- Backfill from the history log. Instances still running know their definition and caller; for
-- ended ones the definition is the latest version deployed before the start and the caller is unknown (-1).
INSERT INTO engine_process_instance_history (process_instance_key, process_definition_key, bpmn_process_id,
    parent_process_instance_key, parent_element_instance_key, state, start_ms, end_ms)
SELECT h.record_key,
  COALESCE((SELECT e.process_definition_key FROM engine_element_instance e WHERE e.element_instance_key = h.record_key),
           (SELECT MAX(d.process_definition_key) FROM engine_process_definition d
             WHERE d.bpmn_process_id = h.element_id AND d.created_ms <= h.timestamp_ms), -1),
  h.element_id,
  COALESCE((SELECT p.process_instance_key FROM engine_element_instance e
             JOIN engine_element_instance p ON p.element_instance_key = e.parent_element_instance_key
             WHERE e.element_instance_key = h.record_key), -1),
  COALESCE((SELECT e.parent_element_instance_key FROM engine_element_instance e
             WHERE e.element_instance_key = h.record_key), -1),
  CASE
    WHEN EXISTS (SELECT 1 FROM engine_history x WHERE x.process_instance_key = h.record_key
                  AND x.record_key = h.record_key AND x.intent = 'ELEMENT_COMPLETED') THEN 'COMPLETED'
    WHEN EXISTS (SELECT 1 FROM engine_history x WHERE x.process_instance_key = h.record_key
                  AND x.record_key = h.record_key AND x.intent = 'ELEMENT_TERMINATED') THEN 'TERMINATED'
    ELSE 'ACTIVE' END,
  h.timestamp_ms,
  (SELECT MAX(x.timestamp_ms) FROM engine_history x WHERE x.process_instance_key = h.record_key
    AND x.record_key = h.record_key AND x.intent IN ('ELEMENT_COMPLETED', 'ELEMENT_TERMINATED'))
FROM engine_history h
WHERE h.value_type = 'PROCESS_INSTANCE' AND h.element_type = 'PROCESS' AND h.intent = 'ELEMENT_ACTIVATED';
