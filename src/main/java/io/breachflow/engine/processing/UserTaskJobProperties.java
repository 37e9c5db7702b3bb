package io.breachflow.engine.processing;

import java.util.List;

/**
 * The {@code userTask} data of an activated task listener job, as 8.8 hands it out: the properties as the
 * transition would leave them (corrections by earlier listeners included), which of them the transition
 * changes, and the action that started it.
 */
public record UserTaskJobProperties(String action, String assignee, List<String> candidateGroups,
        List<String> candidateUsers, List<String> changedAttributes, String dueDate, String followUpDate, Long formKey,
        int priority, long userTaskKey) {
}
