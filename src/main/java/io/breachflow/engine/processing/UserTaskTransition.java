package io.breachflow.engine.processing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breachflow.engine.model.TaskListenerDefinition.EventType;
import io.breachflow.engine.state.UserTask;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A user task lifecycle transition waiting for its task listeners, stored with the task so it survives a
 * restart: the event, the action that started it, the properties it will leave (with listener corrections),
 * the attributes the command itself changed, completion variables, and the next listener to run.
 *
 * @param assignAfter for {@code CREATING}: the assignee to assign once the task is created (the process's, or
 *        one a creating listener set when the process named none); otherwise null
 * @param processAssignee whether {@code assignAfter} came from the process, which listeners may not correct
 * @param localVariables for an update of the task's variables ({@code SetVariables} on its element instance):
 *        whether they are set locally rather than propagated
 */
record UserTaskTransition(EventType event, String action, UserTask.Properties target, List<String> changed,
        String variables, int nextListener, String assignAfter, boolean processAssignee, boolean localVariables) {

    UserTaskTransition(EventType event, String action, UserTask.Properties target, List<String> changed,
            String variables, int nextListener, String assignAfter, boolean processAssignee) {
        this(event, action, target, changed, variables, nextListener, assignAfter, processAssignee, false);
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    static UserTaskTransition read(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, UserTaskTransition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Expected a stored user task transition, but got " + json, e);
        }
    }

    String write() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    UserTaskTransition advance() {
        return new UserTaskTransition(event, action, target, changed, variables, nextListener + 1, assignAfter,
                processAssignee, localVariables);
    }

    UserTaskTransition restart() {
        return new UserTaskTransition(event, action, target, changed, variables, 0, assignAfter, processAssignee,
                localVariables);
    }

    /** Applies a listener's corrections; on creation an assignee correction counts only when the process set none. */
    UserTaskTransition corrected(UserTaskJobResult.Corrections c) {
        if (c == null || c.isEmpty()) {
            return this;
        }
        String assignee = target.assignee();
        String after = assignAfter;
        if (c.assignee() != null) {
            String value = c.assignee().isEmpty() ? null : c.assignee();
            if (event == EventType.CREATING) {
                after = processAssignee ? assignAfter : value;
            } else {
                assignee = value;
            }
        }
        UserTask.Properties p = new UserTask.Properties(assignee,
                c.candidateGroups() == null ? target.candidateGroups() : c.candidateGroups(),
                c.candidateUsers() == null ? target.candidateUsers() : c.candidateUsers(),
                c.dueDate() == null ? target.dueDate() : blankToNull(c.dueDate()),
                c.followUpDate() == null ? target.followUpDate() : blankToNull(c.followUpDate()),
                c.priority() == null ? target.priority() : c.priority());
        return new UserTaskTransition(event, action, p, changed, variables, nextListener, after, processAssignee,
                localVariables);
    }

    /** What listeners see as changed: what the command changed plus whatever now differs from the task. */
    List<String> changedAttributes(UserTask.Properties current) {
        Set<String> result = new LinkedHashSet<>(changed);
        UserTask.Properties shown = shownTarget();
        if (!Objects.equals(current.assignee(), shown.assignee())) {
            result.add("assignee");
        }
        if (!current.candidateGroups().equals(shown.candidateGroups())) {
            result.add("candidateGroupsList");
        }
        if (!current.candidateUsers().equals(shown.candidateUsers())) {
            result.add("candidateUsersList");
        }
        if (!Objects.equals(current.dueDate(), shown.dueDate())) {
            result.add("dueDate");
        }
        if (!Objects.equals(current.followUpDate(), shown.followUpDate())) {
            result.add("followUpDate");
        }
        if (current.priority() != shown.priority()) {
            result.add("priority");
        }
        return new ArrayList<>(result);
    }

    /** The properties a listener job shows: on creation the assignee to be assigned is shown too. */
    UserTask.Properties shownTarget() {
        return event == EventType.CREATING && assignAfter != null ? target.withAssignee(assignAfter) : target;
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
