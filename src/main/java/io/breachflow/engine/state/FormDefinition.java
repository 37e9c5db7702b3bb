package io.breachflow.engine.state;

/**
 * One deployed version of a Camunda Form ({@code .form} resource): the form's own {@code id} and optional
 * {@code versionTag} from its JSON, the version the engine gave it and the schema user tasks hand out.
 */
public record FormDefinition(long key, String formId, int version, String versionTag, String resourceName,
        String checksum, long deploymentKey, String schema) {
}
