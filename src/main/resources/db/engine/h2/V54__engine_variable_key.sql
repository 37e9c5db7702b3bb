-- A key per variable, as Zeebe gives one, so the REST API's variable search and GET /v2/variables/{key} can name
-- it. Variables stored before get keys from the engine's key counter, which then moves past them.
ALTER TABLE engine_variable ADD COLUMN variable_key BIGINT;

UPDATE engine_variable SET variable_key = (SELECT next_key FROM engine_key WHERE id = 1)
    + (SELECT COUNT(*) FROM engine_variable w
       WHERE w.scope_key < engine_variable.scope_key
          OR (w.scope_key = engine_variable.scope_key AND w.name < engine_variable.name));

UPDATE engine_key SET next_key = next_key + (SELECT COUNT(*) FROM engine_variable) WHERE id = 1;

CREATE INDEX ix_engine_var_key ON engine_variable (variable_key);
