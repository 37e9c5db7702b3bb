package io.breachflow.engine.state;

/** A deployed decision requirements graph version: one DMN resource. */
public record DecisionRequirementsDefinition(long key, String decisionRequirementsId, String name, int version,
        String resourceName, String checksum, long deploymentKey) {
}
