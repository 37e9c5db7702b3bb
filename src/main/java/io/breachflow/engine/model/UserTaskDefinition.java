package io.breachflow.engine.model;

import java.util.List;
import java.util.Map;

/**
 * What a Camunda user task ({@code zeebe:userTask}) evaluates when it activates: assignment, schedule and
 * priority (each static or FEEL; null when not modelled), the form reference, the modelled task headers and
 * its task listeners in model order.
 *
 * @param externalReference {@code zeebe:formDefinition externalReference}, or a custom {@code formKey}
 * @param formId a linked form's id; the embedded engine deploys no forms, so such a task raises
 *        {@code FORM_NOT_FOUND} as Zeebe does when the form is missing
 */
public record UserTaskDefinition(Expression assignee, Expression candidateGroups, Expression candidateUsers,
        Expression dueDate, Expression followUpDate, Expression priority, Expression externalReference,
        String formId, Map<String, String> headers, List<TaskListenerDefinition> listeners) {

    /** The listeners of one event, in the order they are modelled. */
    public List<TaskListenerDefinition> listeners(TaskListenerDefinition.EventType event) {
        return listeners.stream().filter(l -> l.eventType() == event).toList();
    }
}
