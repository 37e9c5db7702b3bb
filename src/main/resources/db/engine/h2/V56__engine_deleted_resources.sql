-- Deleted process definitions and decision requirements (DeleteResource). Their rows leave the definition
-- tables; this remembers each deleted version so that, as on Zeebe, a version number is never used twice.
CREATE TABLE engine_deleted_resource
(
    resource_key  BIGINT       NOT NULL,
    resource_kind VARCHAR(32)  NOT NULL,
    resource_id   VARCHAR(255) NOT NULL,
    version       INT          NOT NULL,
    deleted_ms    BIGINT       NOT NULL,
    PRIMARY KEY (resource_key)
);
CREATE INDEX ix_engine_deleted_resource_id ON engine_deleted_resource (resource_kind, resource_id);
