package io.breachflow.engine.state;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The form table ({@code V58__engine_forms_and_termination.sql}), on the batch's connection and statement cache of
 * an {@link EngineStore}; the three lookups are the three binding types a linked user task form may use.
 */
public final class FormStore {
    private static final String COLUMNS = "form_key, form_id, version, version_tag, resource_name, checksum, "
            + "deployment_key, form_schema";

    private final Sql sql;

    public FormStore(EngineStore store) {
        this.sql = store.sql();
    }

    public void insert(FormDefinition form, long now) {
        sql.update("INSERT INTO engine_form (" + COLUMNS + ", created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                form.key(), form.formId(), form.version(), form.versionTag(), form.resourceName(), form.checksum(),
                form.deploymentKey(), form.schema(), now);
    }

    public FormDefinition form(long key) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM engine_form WHERE form_key = ?", FormStore::read, key);
    }

    /** Binding type {@code latest}. */
    public FormDefinition latest(String formId) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM engine_form WHERE form_id = ? ORDER BY version DESC LIMIT 1",
                FormStore::read, formId);
    }

    /** Binding type {@code deployment}: the version deployed together with the process. */
    public FormDefinition ofDeployment(String formId, long deploymentKey) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM engine_form WHERE form_id = ? AND deployment_key = ? "
                + "ORDER BY version DESC LIMIT 1", FormStore::read, formId, deploymentKey);
    }

    /** Binding type {@code versionTag}: the latest version carrying the tag. */
    public FormDefinition withVersionTag(String formId, String versionTag) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM engine_form WHERE form_id = ? AND version_tag = ? "
                + "ORDER BY version DESC LIMIT 1", FormStore::read, formId, versionTag);
    }

    private static FormDefinition read(ResultSet rs) throws SQLException {
        return new FormDefinition(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getLong(7), rs.getString(8));
    }
}
