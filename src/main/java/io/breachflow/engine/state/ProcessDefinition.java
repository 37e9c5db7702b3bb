package io.breachflow.engine.state;

/** A deployed process version. */
public record ProcessDefinition(long key, String bpmnProcessId, int version, String resourceName, String checksum,
        long deploymentKey, String versionTag) {
}
