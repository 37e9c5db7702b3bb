package io.breachflow.engine.processing;

/** A job as handed to a worker, with the variables it asked for. */
public record ActivatedJobData(long key, String type, long processInstanceKey, String bpmnProcessId, int version,
        long processDefinitionKey, String elementId, long elementInstanceKey, String customHeaders, String worker,
        int retries, long deadline, String variables) {
}
