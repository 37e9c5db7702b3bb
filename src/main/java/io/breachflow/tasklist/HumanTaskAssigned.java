package io.breachflow.tasklist;

/**
 * Task {@code taskId} was claimed by {@code assignee}, or given back to its candidate groups ({@code assignee}
 * null), so the engine's copy of the task (what Camunda's Tasklist shows on a real cluster) can say the same.
 */
public record HumanTaskAssigned(long taskId, String assignee) {
}
