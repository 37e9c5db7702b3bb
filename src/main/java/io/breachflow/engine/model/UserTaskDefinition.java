package io.breachflow.engine.model;

import java.util.List;
import java.util.Map;

/**
 * What a Camunda user task ({@code zeebe:userTask}) evaluates when it activates: assignment, schedule and
 * priority (each static or FEEL; null when not modelled), the form reference, the modelled task headers and
 * its task listeners in model order.
 *
 * @param externalReference {@code zeebe:formDefinition externalReference}, or a custom {@code formKey}
 * @param form the linked Camunda Form ({@code formId}), or null; the task raises {@code FORM_NOT_FOUND} when no
 *        deployed form matches, as Zeebe does
 */
public record UserTaskDefinition(Expression assignee, Expression candidateGroups, Expression candidateUsers,
        Expression dueDate, Expression followUpDate, Expression priority, Expression externalReference,
        LinkedForm form, Map<String, String> headers, List<TaskListenerDefinition> listeners) {

    /** Which version of a linked form a task takes: 8.8's binding types; latest when the model names none. */
    public enum Binding { LATEST, DEPLOYMENT, VERSION_TAG }

    /**
     * {@code zeebe:formDefinition formId}: the form id (static or FEEL), resolved when the task activates.
     *
     * @param versionTag for {@link Binding#VERSION_TAG} only
     */
    public record LinkedForm(Expression formId, Binding binding, String versionTag) {
    }

    /** The listeners of one event, in the order they are modelled. */
    public List<TaskListenerDefinition> listeners(TaskListenerDefinition.EventType event) {
        return listeners.stream().filter(l -> l.eventType() == event).toList();
    }
}
