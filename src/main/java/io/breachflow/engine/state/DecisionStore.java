package io.breachflow.engine.state;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The DMN tables ({@code V3__engine_decisions.sql}), on the batch's connection and statement cache
 * of an {@link EngineStore}; kept apart so decisions do not grow the core store.
 */
public final class DecisionStore {

    private static final String DRG_COLUMNS = "decision_requirements_key, decision_requirements_id, "
            + "decision_requirements_name, version, resource_name, checksum, deployment_key";
    private static final String DECISION_COLUMNS = "decision_key, decision_id, decision_name, version, version_tag, "
            + "decision_requirements_key, decision_requirements_id, deployment_key";

    private final Sql sql;

    public DecisionStore(EngineStore store) {
        this.sql = store.sql();
    }

    public void insertRequirements(DecisionRequirementsDefinition drg, byte[] resource, long now) {
        sql.update("INSERT INTO engine_decision_requirements (" + DRG_COLUMNS + ", resource, created_ms) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", drg.key(), drg.decisionRequirementsId(), drg.name(),
                drg.version(), drg.resourceName(), drg.checksum(), drg.deploymentKey(), resource, now);
    }

    public void insertDecision(DecisionDefinition d, long now) {
        sql.update("INSERT INTO engine_decision (" + DECISION_COLUMNS + ", created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                d.key(), d.decisionId(), d.name(), d.version(), d.versionTag(), d.decisionRequirementsKey(),
                d.decisionRequirementsId(), d.deploymentKey(), now);
    }

    public DecisionRequirementsDefinition latestRequirements(String decisionRequirementsId) {
        return sql.queryOne("SELECT " + DRG_COLUMNS + " FROM engine_decision_requirements WHERE "
                + "decision_requirements_id = ? ORDER BY version DESC LIMIT 1", DecisionStore::requirements,
                decisionRequirementsId);
    }

    public DecisionRequirementsDefinition requirements(long key) {
        return sql.queryOne("SELECT " + DRG_COLUMNS + " FROM engine_decision_requirements WHERE "
                + "decision_requirements_key = ?", DecisionStore::requirements, key);
    }

    public byte[] requirementsResource(long key) {
        return sql.queryOne("SELECT resource FROM engine_decision_requirements WHERE decision_requirements_key = ?",
                rs -> rs.getBytes(1), key);
    }

    public List<DecisionDefinition> decisionsOf(long decisionRequirementsKey) {
        return sql.query("SELECT " + DECISION_COLUMNS + " FROM engine_decision WHERE decision_requirements_key = ? "
                + "ORDER BY decision_key", DecisionStore::decision, decisionRequirementsKey);
    }

    public DecisionDefinition decision(long key) {
        return sql.queryOne("SELECT " + DECISION_COLUMNS + " FROM engine_decision WHERE decision_key = ?",
                DecisionStore::decision, key);
    }

    public DecisionDefinition latestDecision(String decisionId) {
        return sql.queryOne("SELECT " + DECISION_COLUMNS + " FROM engine_decision WHERE decision_id = ? "
                + "ORDER BY version DESC LIMIT 1", DecisionStore::decision, decisionId);
    }

    public DecisionDefinition decisionOfDeployment(String decisionId, long deploymentKey) {
        return sql.queryOne("SELECT " + DECISION_COLUMNS + " FROM engine_decision WHERE decision_id = ? "
                + "AND deployment_key = ? ORDER BY version DESC LIMIT 1", DecisionStore::decision, decisionId,
                deploymentKey);
    }

    public DecisionDefinition decisionWithVersionTag(String decisionId, String versionTag) {
        return sql.queryOne("SELECT " + DECISION_COLUMNS + " FROM engine_decision WHERE decision_id = ? "
                + "AND version_tag = ? ORDER BY version DESC LIMIT 1", DecisionStore::decision, decisionId, versionTag);
    }

    /** Removes a decision requirements graph and its decisions. */
    public void deleteRequirements(long decisionRequirementsKey) {
        sql.update("DELETE FROM engine_decision WHERE decision_requirements_key = ?", decisionRequirementsKey);
        sql.update("DELETE FROM engine_decision_requirements WHERE decision_requirements_key = ?",
                decisionRequirementsKey);
    }

    private static DecisionRequirementsDefinition requirements(ResultSet rs) throws SQLException {
        return new DecisionRequirementsDefinition(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                rs.getString(5), rs.getString(6), rs.getLong(7));
    }

    private static DecisionDefinition decision(ResultSet rs) throws SQLException {
        return new DecisionDefinition(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                rs.getLong(6), rs.getString(7), rs.getLong(8));
    }
}
