package io.breachflow.engine.state;

/** A deployed decision version, part of one decision requirements graph version. */
public record DecisionDefinition(long key, String decisionId, String name, int version, String versionTag,
        long decisionRequirementsKey, String decisionRequirementsId, long deploymentKey) {
}
