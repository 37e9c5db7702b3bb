-- Embedded engine state: deployed DMN decision requirements graphs (with their resource) and decisions.
CREATE TABLE engine_decision_requirements (
  decision_requirements_key BIGINT PRIMARY KEY,
  decision_requirements_id VARCHAR(255) NOT NULL,
  decision_requirements_name VARCHAR(1000),
  version INT NOT NULL,
  resource_name VARCHAR(1000) NOT NULL,
  resource BYTEA NOT NULL,
  checksum VARCHAR(64) NOT NULL,
  deployment_key BIGINT NOT NULL,
  created_ms BIGINT NOT NULL,
  CONSTRAINT uq_engine_drg_version UNIQUE (decision_requirements_id, version)
);

CREATE TABLE engine_decision (
  decision_key BIGINT PRIMARY KEY,
  decision_id VARCHAR(255) NOT NULL,
  decision_name VARCHAR(1000),
  version INT NOT NULL,
  version_tag VARCHAR(255),
  decision_requirements_key BIGINT NOT NULL,
  decision_requirements_id VARCHAR(255) NOT NULL,
  deployment_key BIGINT NOT NULL,
  created_ms BIGINT NOT NULL,
  CONSTRAINT uq_engine_decision_version UNIQUE (decision_id, version)
);
CREATE INDEX ix_engine_decision_drg ON engine_decision (decision_requirements_key);
CREATE INDEX ix_engine_decision_deployment ON engine_decision (deployment_key);
