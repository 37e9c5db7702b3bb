package io.breachflow.tasklist;

import java.util.Map;

/**
 * A person completed task {@code taskId} (the key the engine gave the task); {@code variables} are the form's
 * decisions meant for the process (codes, flags, references), never free text or personal data.
 */
public record HumanTaskCompleted(long taskId, String formKey, String incidentId, Map<String, Object> variables) {

    public HumanTaskCompleted {
        variables = Map.copyOf(variables);
    }
}
