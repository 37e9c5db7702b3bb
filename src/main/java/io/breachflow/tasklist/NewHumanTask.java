package io.breachflow.tasklist;

import java.util.List;

/**
 * A user task handed over by {@code workflow}; {@code jobKey} is the key the engine gave it (a Camunda user
 * task's key, or the job key of a job-based user task). {@code subjectKey} names what the task is about
 * within the incident (an obligation key), so drafting and approving the same thing can be told apart
 * from work on another report; {@code dueAt} is the deadline behind the task, ISO-8601, or null;
 * {@code note} is what the process tells whoever takes the task (e.g. which required item a draft lacked),
 * or null.
 */
public record NewHumanTask(long jobKey, String elementId, String name, String formKey, String incidentId,
                           String subjectKey, List<String> candidateGroups, String assignee, String dueAt,
                           String note) {

    public NewHumanTask {
        candidateGroups = candidateGroups == null ? List.of() : List.copyOf(candidateGroups);
    }

    public NewHumanTask(long jobKey, String elementId, String name, String formKey, String incidentId,
            String subjectKey, List<String> candidateGroups, String assignee, String dueAt) {
        this(jobKey, elementId, name, formKey, incidentId, subjectKey, candidateGroups, assignee, dueAt, null);
    }
}
