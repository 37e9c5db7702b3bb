package io.breachflow.engine.processing;

import io.breachflow.engine.model.ElementType;
import io.breachflow.engine.model.TaskListenerDefinition.EventType;
import io.breachflow.engine.state.ElementInstance;
import io.breachflow.engine.state.UserTask;
import io.breachflow.engine.state.UserTaskStore;
import java.util.ArrayList;
import java.util.List;

/**
 * The user task commands the 8.8 REST API sends (assign, unassign, update, complete), and variable updates on a
 * task's element instance. Each starts a lifecycle
 * transition; the caller hears back when its listeners have run (or denied), as on Zeebe.
 */
final class UserTaskCommands {

    private UserTaskCommands() {
    }

    /** Properties of an update's changeset; null = not in the changeset. */
    record Changeset(String dueDate, String followUpDate, List<String> candidateUsers, List<String> candidateGroups,
            Integer priority) {
    }

    static void assign(CommandContext ctx, long key, String assignee, boolean allowOverride, String action) {
        UserTask task = usable(ctx, key, "assign");
        String current = task.properties.assignee();
        if (!allowOverride && current != null && !current.equals(assignee)) {
            throw Rejection.precondition("Expected to assign user task with key '%d' to '%s', but it is already "
                    + "assigned to '%s'", key, assignee, current);
        }
        begin(ctx, task, EventType.ASSIGNING, action == null || action.isBlank() ? "assign" : action,
                task.properties.withAssignee(assignee), List.of("assignee"), null);
    }

    static void unassign(CommandContext ctx, long key) {
        UserTask task = usable(ctx, key, "unassign");
        begin(ctx, task, EventType.ASSIGNING, "unassign", task.properties.withAssignee(null), List.of("assignee"),
                null);
    }

    static void update(CommandContext ctx, long key, Changeset changes, String action) {
        UserTask task = usable(ctx, key, "update");
        UserTask.Properties p = task.properties;
        List<String> changed = new ArrayList<>();
        if (changes.candidateGroups() != null) {
            changed.add("candidateGroupsList");
        }
        if (changes.candidateUsers() != null) {
            changed.add("candidateUsersList");
        }
        if (changes.dueDate() != null) {
            changed.add("dueDate");
        }
        if (changes.followUpDate() != null) {
            changed.add("followUpDate");
        }
        if (changes.priority() != null) {
            changed.add("priority");
        }
        UserTask.Properties target = new UserTask.Properties(p.assignee(),
                changes.candidateGroups() == null ? p.candidateGroups() : changes.candidateGroups(),
                changes.candidateUsers() == null ? p.candidateUsers() : changes.candidateUsers(),
                changes.dueDate() == null ? p.dueDate() : blankToNull(changes.dueDate()),
                changes.followUpDate() == null ? p.followUpDate() : blankToNull(changes.followUpDate()),
                changes.priority() == null ? p.priority() : changes.priority());
        begin(ctx, task, EventType.UPDATING, action == null || action.isBlank() ? "update" : action, target, changed,
                null);
    }

    static void complete(CommandContext ctx, long key, String variables, String action) {
        UserTask task = usable(ctx, key, "complete");
        ctx.json.document(variables);
        begin(ctx, task, EventType.COMPLETING, action == null || action.isBlank() ? "complete" : action,
                task.properties, List.of(), variables);
    }

    /**
     * {@code SetVariables} on a Camunda user task's element instance: as 8.8 documents, it updates the task (event
     * {@code updating}, changed attribute {@code variables}), so updating listeners run (and may deny) before the
     * variables are set. Returns the task's key, or -1 when the scope is not a live Camunda user task.
     */
    static long updateVariables(CommandContext ctx, ElementInstance scope, String variables, boolean local) {
        if (scope.type() != ElementType.USER_TASK) {
            return -1;
        }
        UserTask task = new UserTaskStore(ctx.store).taskOfElement(scope.key());
        if (task == null) {
            return -1;
        }
        if (task.state != UserTask.State.CREATED) {
            throw Rejection.precondition("Command 'UPDATE' rejected with code 'INVALID_STATE': Expected to update the "
                    + "variables of user task with key '%d', but it is in state '%s'", task.key, task.state);
        }
        BpmnExecutor executor = new BpmnExecutor(ctx);
        executor.run(() -> new UserTaskBehavior(ctx, executor).begin(task, new UserTaskTransition(EventType.UPDATING,
                "update", task.properties, List.of("variables"), variables, 0, null, false, local)));
        return task.key;
    }

    private static void begin(CommandContext ctx, UserTask task, EventType event, String action,
            UserTask.Properties target, List<String> changed, String variables) {
        BpmnExecutor executor = new BpmnExecutor(ctx);
        executor.run(() -> new UserTaskBehavior(ctx, executor).begin(task, new UserTaskTransition(event, action,
                target, changed, variables, 0, null, false)));
    }

    /** A live task in state CREATED: NOT_FOUND when unknown or ended, FAILED_PRECONDITION while a transition runs. */
    private static UserTask usable(CommandContext ctx, long key, String action) {
        UserTask task = new UserTaskStore(ctx.store).task(key);
        if (task == null || task.ended()) {
            throw Rejection.notFound("Command '%s' rejected with code 'NOT_FOUND': Expected to %s user task with key "
                    + "'%d', but no such user task was found", command(action), action, key);
        }
        if (task.state != UserTask.State.CREATED) {
            throw Rejection.precondition("Command '%s' rejected with code 'INVALID_STATE': Expected to %s user task "
                    + "with key '%d', but it is in state '%s'", command(action), action, key, task.state);
        }
        return task;
    }

    private static String command(String action) {
        return "unassign".equals(action) ? "ASSIGN" : action.toUpperCase();
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
