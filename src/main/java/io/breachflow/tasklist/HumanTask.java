package io.breachflow.tasklist;

import java.time.Instant;
import java.util.List;

/**
 * One open or finished human task as the inbox shows it: process-agnostic, so it names the form and
 * the incident but nothing about the BPMN that created it. {@code id} is the key the engine gave the task (a
 * Camunda user task's key, or the job key of a job-based user task);
 * {@code remindedAt} and {@code escalatedAt} are the last deadline reminder and the escalation (deadline
 * reached with the work open) about the task's subject, the inbox badges, or null.
 */
public record HumanTask(long id, String elementId, String name, String formKey, String incidentId,
                        String subjectKey, List<String> candidateGroups, String assignee, String dueAt,
                        State state, Instant remindedAt, Instant escalatedAt) {

    /** Lifecycle of a task: open until completed (or cancelled with its process). */
    public enum State {
        OPEN,
        COMPLETED,
        CANCELLED
    }

    public HumanTask {
        candidateGroups = List.copyOf(candidateGroups);
    }
}
