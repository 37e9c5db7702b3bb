package io.breachflow.tasklist;

import java.util.List;

/**
 * A user-task job handed over by {@code workflow}. {@code subjectKey} names what the task is about
 * within the incident (an obligation key), so drafting and approving the same thing can be told apart
 * from work on another report; {@code dueAt} is the deadline behind the task, ISO-8601, or null.
 */
public record NewHumanTask(long jobKey, String elementId, String name, String formKey, String incidentId,
                           String subjectKey, List<String> candidateGroups, String assignee, String dueAt) {

    public NewHumanTask {
        candidateGroups = candidateGroups == null ? List.of() : List.copyOf(candidateGroups);
    }
}
