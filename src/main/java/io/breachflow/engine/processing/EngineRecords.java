package io.breachflow.engine.processing;

import java.util.List;

/** Values crossing from the gateway into the engine and back. */
public final class EngineRecords {
    private EngineRecords() {
    }

    public record Resource(String name, byte[] content) {
    }

    public record DeployedProcess(String bpmnProcessId, int version, long key, String resourceName) {
    }

    /** A deployed Camunda Form version ({@code .form} resource), as the deployment answer lists it. */
    public record DeployedForm(String formId, int version, long key, String resourceName) {
    }

    public record DeploymentResult(long key, List<DeployedProcess> processes,
            List<DecisionRecords.DeployedDecisionRequirements> decisionRequirements, List<DeployedForm> forms) {
        public DeploymentResult(long key, List<DeployedProcess> processes) {
            this(key, processes, List.of(), List.of());
        }
    }

    /** Which process to start: by definition key when positive, else by id and version (-1 = latest). */
    public record CreateInstance(long definitionKey, String bpmnProcessId, int version, String variables) {
    }

    public record InstanceCreated(long definitionKey, String bpmnProcessId, int version, long instanceKey) {
    }

    public record JobRequest(String type, String worker, long timeout, int maxJobs, List<String> fetchVariables) {
    }

    /** A message correlated at once: its key and the first process instance it reached. */
    public record MessageCorrelated(long messageKey, long processInstanceKey) {
    }
}
