package io.breachflow.engine.model;

import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebePriorityDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskListener;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskListeners;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskSchedule;
import java.util.ArrayList;
import java.util.List;

/** Reads a Camunda user task's extension elements; every expression that does not parse is reported on the task. */
final class UserTaskDefinitions {

    private UserTaskDefinitions() {
    }

    static UserTaskDefinition of(BaseElement node, JobHeaders.Parser parser, ProcessTransformer.Problems problems) {
        ZeebeAssignmentDefinition assignment = node.getSingleExtensionElement(ZeebeAssignmentDefinition.class);
        ZeebeTaskSchedule schedule = node.getSingleExtensionElement(ZeebeTaskSchedule.class);
        ZeebePriorityDefinition priority = node.getSingleExtensionElement(ZeebePriorityDefinition.class);
        ZeebeFormDefinition form = node.getSingleExtensionElement(ZeebeFormDefinition.class);
        String external = form == null ? null
                : form.getExternalReference() != null ? form.getExternalReference() : form.getFormKey();
        return new UserTaskDefinition(
                parse(assignment == null ? null : assignment.getAssignee(), node, parser, problems),
                parse(assignment == null ? null : assignment.getCandidateGroups(), node, parser, problems),
                parse(assignment == null ? null : assignment.getCandidateUsers(), node, parser, problems),
                parse(schedule == null ? null : schedule.getDueDate(), node, parser, problems),
                parse(schedule == null ? null : schedule.getFollowUpDate(), node, parser, problems),
                parse(priority == null ? null : priority.getPriority(), node, parser, problems),
                parse(external, node, parser, problems),
                linkedForm(form, node, parser, problems),
                JobHeaders.of(node), listeners(node, parser, problems));
    }

    private static UserTaskDefinition.LinkedForm linkedForm(ZeebeFormDefinition form, BaseElement node,
            JobHeaders.Parser parser, ProcessTransformer.Problems problems) {
        if (form == null || form.getFormId() == null || form.getFormId().isBlank()) {
            return null;
        }
        Expression formId = parser.parse(node, form.getFormId(), problems);
        UserTaskDefinition.Binding binding = form.getBindingType() == null ? UserTaskDefinition.Binding.LATEST
                : switch (form.getBindingType()) {
                    case deployment -> UserTaskDefinition.Binding.DEPLOYMENT;
                    case versionTag -> UserTaskDefinition.Binding.VERSION_TAG;
                    case latest -> UserTaskDefinition.Binding.LATEST;
                };
        return formId == null ? null : new UserTaskDefinition.LinkedForm(formId, binding, form.getVersionTag());
    }

    private static List<TaskListenerDefinition> listeners(BaseElement node, JobHeaders.Parser parser,
            ProcessTransformer.Problems problems) {
        ZeebeTaskListeners listeners = node.getSingleExtensionElement(ZeebeTaskListeners.class);
        List<TaskListenerDefinition> result = new ArrayList<>();
        if (listeners == null) {
            return result;
        }
        for (ZeebeTaskListener listener : listeners.getTaskListeners()) {
            TaskListenerDefinition.EventType event = eventType(listener);
            if (event == null || listener.getType() == null || listener.getType().isBlank()) {
                problems.add(node, "Expected a task listener with an event type and a job type, but got eventType '"
                        + listener.getEventType() + "' and type '" + listener.getType() + "'");
                continue;
            }
            String retries = listener.getRetries() == null ? ZeebeTaskListener.DEFAULT_RETRIES : listener.getRetries();
            Expression type = parser.parse(node, listener.getType(), problems);
            Expression retryCount = parser.parse(node, retries, problems);
            if (type != null && retryCount != null) {
                result.add(new TaskListenerDefinition(event, type, retryCount));
            }
        }
        return List.copyOf(result);
    }

    /** The 8.8 names, and the deprecated 8.6/8.7 ones (create, assignment, update, complete, cancel). */
    private static TaskListenerDefinition.EventType eventType(ZeebeTaskListener listener) {
        if (listener.getEventType() == null) {
            return null;
        }
        return switch (listener.getEventType()) {
            case creating, create -> TaskListenerDefinition.EventType.CREATING;
            case assigning, assignment -> TaskListenerDefinition.EventType.ASSIGNING;
            case updating, update -> TaskListenerDefinition.EventType.UPDATING;
            case completing, complete -> TaskListenerDefinition.EventType.COMPLETING;
            case canceling, cancel -> TaskListenerDefinition.EventType.CANCELING;
        };
    }

    private static Expression parse(String text, BaseElement node, JobHeaders.Parser parser,
            ProcessTransformer.Problems problems) {
        return text == null || text.isBlank() ? null : parser.parse(node, text, problems);
    }
}
