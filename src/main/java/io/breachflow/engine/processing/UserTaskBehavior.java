package io.breachflow.engine.processing;

import io.breachflow.engine.model.ExecutableElement;
import io.breachflow.engine.model.Expression;
import io.breachflow.engine.model.TaskListenerDefinition;
import io.breachflow.engine.model.TaskListenerDefinition.EventType;
import io.breachflow.engine.model.UserTaskDefinition;
import io.breachflow.engine.state.ElementInstance;
import io.breachflow.engine.state.FormDefinition;
import io.breachflow.engine.state.Incident;
import io.breachflow.engine.state.Job;
import io.breachflow.engine.state.UserTask;
import io.breachflow.engine.state.UserTaskStore;
import java.util.List;
import java.util.Map;

/**
 * Camunda user tasks ({@code zeebe:userTask}) as Zeebe 8.8 runs them: activation creates a task, and every
 * lifecycle transition (creating, assigning, updating, completing, canceling) first runs the task listeners of
 * its event as jobs, one after another, before it takes effect. Listeners may correct the target properties;
 * on assigning, updating and completing they may deny, which leaves the task as it was and rejects the
 * command that started the transition.
 */
final class UserTaskBehavior {
    static final int DEFAULT_PRIORITY = 50;

    private final CommandContext ctx;
    private final BpmnExecutor executor;
    private final UserTaskStore tasks;

    UserTaskBehavior(CommandContext ctx, BpmnExecutor executor) {
        this.ctx = ctx;
        this.executor = executor;
        this.tasks = new UserTaskStore(ctx.store);
    }

    /** Evaluates the modelled properties (an incident when one fails), creates the task and runs creating listeners. */
    void activate(ElementInstance instance, ExecutableElement element) {
        UserTaskDefinition definition = element.userTask();
        UserTaskValues.Evaluated values;
        FormDefinition form = null;
        try {
            Expression.VariableLookup lookup = ctx.variables.lookup(instance.key());
            values = UserTaskValues.evaluate(definition, lookup, ctx.json);
            if (definition.form() != null) {
                form = LinkedForms.resolve(ctx, instance.processDefinitionKey(), definition.form(), lookup);
            }
        } catch (Expression.EvaluationFailure e) {
            executor.incident(instance, "EXTRACT_VALUE_ERROR", e.getMessage(), Incident.RetryStep.ACTIVATE, -1);
            return;
        } catch (LinkedForms.NotFound e) {
            executor.incident(instance, "FORM_NOT_FOUND", e.getMessage(), Incident.RetryStep.ACTIVATE, -1);
            return;
        }
        executor.activatedState(instance);
        String processId = ctx.models().definition(instance.processDefinitionKey(), ctx.store).bpmnProcessId();
        UserTask task = new UserTask(ctx.nextKey(), instance.key(), instance.processInstanceKey(),
                instance.processDefinitionKey(), processId, instance.elementId(), UserTask.State.CREATING,
                values.properties(), form == null ? null : form.key(), values.externalFormReference(),
                ctx.json.write(definition.headers()), ctx.now, null, null);
        tasks.insert(task);
        begin(task, new UserTaskTransition(EventType.CREATING, "", values.properties(), List.of(), null, 0,
                values.assignee(), values.assignee() != null));
    }

    /**
     * The element is terminating (boundary event, cancelation): a waiting command fails and canceling listeners
     * run. Returns whether the task is canceled now; otherwise the element's termination is held until the
     * listeners complete, as on Zeebe 8.8.
     */
    boolean terminated(ElementInstance instance) {
        UserTask task = tasks.taskOfElement(instance.key());
        if (task == null) {
            return true;
        }
        UserTaskTransition waiting = UserTaskTransition.read(task.pending);
        if (waiting != null && waiting.event().deniable()) {
            ctx.effects.taskOutcome(task.key, Rejection.precondition("Expected to %s user task with key '%d', but it "
                    + "was canceled while its task listeners ran", command(waiting.event()).toLowerCase(), task.key));
        }
        begin(task, new UserTaskTransition(EventType.CANCELING, "", task.properties, List.of(), null, 0, null, false));
        return task.state == UserTask.State.CANCELED;
    }

    /** Starts a transition: the task enters the -ING state and the first listener's job is created. */
    void begin(UserTask task, UserTaskTransition transition) {
        task.state = pendingState(transition.event());
        history(task, transition.event().name());
        next(task, transition);
    }

    /** Runs the transition's next listener, or finishes the transition when none is left. */
    private void next(UserTask task, UserTaskTransition transition) {
        List<TaskListenerDefinition> listeners = definition(task).listeners(transition.event());
        if (transition.nextListener() >= listeners.size()) {
            finish(task, transition);
            return;
        }
        task.pending = transition.write();
        tasks.update(task);
        TaskListenerDefinition listener = listeners.get(transition.nextListener());
        ElementInstance instance = ctx.instance(task.elementInstanceKey);
        String type;
        int retries;
        try {
            Expression.VariableLookup lookup = ctx.variables.lookup(task.elementInstanceKey);
            type = UserTaskValues.jobType(listener.type(), lookup);
            retries = UserTaskValues.retries(listener.retries(), lookup);
        } catch (Expression.EvaluationFailure e) {
            if (instance != null) {
                executor.incident(instance, "EXTRACT_VALUE_ERROR", e.getMessage(), Incident.RetryStep.TASK_LISTENER,
                        -1);
                return;
            }
            next(task, transition.advance());
            return;
        }
        Job job = new Job(ctx.nextKey(), type, Job.State.ACTIVATABLE, retries, 0, 0, null, task.elementInstanceKey,
                task.elementId, task.processInstanceKey, task.processDefinitionKey, task.customHeaders, null, ctx.now);
        job.kind = "TASK_LISTENER";
        job.listenerEventType = transition.event().name();
        job.userTaskKey = task.key;
        ctx.store.insertJob(job);
        new JobBehavior(ctx).history(job, "CREATED");
        ctx.effects.jobAvailable(job.type);
    }

    /** A listener job completed: deny, or take its corrections and run the next listener. */
    void listenerCompleted(Job job, UserTaskJobResult result) {
        UserTask task = tasks.task(job.userTaskKey);
        UserTaskTransition transition = task == null ? null : UserTaskTransition.read(task.pending);
        if (transition == null) {
            throw Rejection.precondition("Expected to complete task listener job with key '%d', but its user task "
                    + "is not waiting for it", job.key);
        }
        if (result.denied() && !transition.event().deniable()) {
            throw Rejection.invalid("Denying result is not supported for '%s' task listener jobs (job key '%d', "
                    + "type '%s', processInstanceKey '%d'). Only the following listener event types support denying: "
                    + "[assigning, updating, completing]", transition.event().name().toLowerCase(), job.key, job.type,
                    job.processInstanceKey);
        }
        UserTaskJobResult.Corrections corrections = result.corrections();
        if (corrections != null && corrections.priority() != null
                && (corrections.priority() < 0 || corrections.priority() > 100)) {
            throw Rejection.invalid("Expected to correct the priority of user task with key '%d' to a value between "
                    + "0 and 100, but it was '%d'", task.key, corrections.priority());
        }
        ctx.store.deleteJob(job.key);
        new JobBehavior(ctx).history(job, "COMPLETED");
        if (result.denied()) {
            deny(task, transition, result.deniedReason());
            return;
        }
        next(task, transition.corrected(corrections).advance());
    }

    /** Resolving a listener incident reruns every listener of the transition. */
    void retryListeners(ElementInstance instance) {
        UserTask task = tasks.taskOfElement(instance.key());
        UserTaskTransition transition = task == null ? null : UserTaskTransition.read(task.pending);
        if (transition != null) {
            next(task, transition.restart());
        }
    }

    private void deny(UserTask task, UserTaskTransition transition, String reason) {
        task.pending = null;
        task.state = UserTask.State.CREATED;
        tasks.update(task);
        String intent = switch (transition.event()) {
            case ASSIGNING -> "ASSIGNMENT_DENIED";
            case UPDATING -> "UPDATE_DENIED";
            default -> "COMPLETION_DENIED";
        };
        history(task, intent);
        String noun = switch (transition.event()) {
            case ASSIGNING -> "Assignment";
            case UPDATING -> "Update";
            default -> "Completion";
        };
        ctx.effects.taskOutcome(task.key, Rejection.precondition("Command '%s' rejected with code 'INVALID_STATE': %s "
                + "of the User Task with key '%d' was denied by Task Listener. Reason to deny: '%s'",
                command(transition.event()), noun, task.key, reason == null ? "" : reason));
    }

    private void finish(UserTask task, UserTaskTransition transition) {
        task.pending = null;
        task.properties = transition.target();
        switch (transition.event()) {
            case CREATING -> {
                task.state = UserTask.State.CREATED;
                tasks.update(task);
                history(task, "CREATED");
                if (transition.assignAfter() != null) {
                    begin(task, new UserTaskTransition(EventType.ASSIGNING, "assign",
                            task.properties.withAssignee(transition.assignAfter()), List.of("assignee"), null, 0, null,
                            false));
                }
            }
            case ASSIGNING, UPDATING -> {
                task.state = UserTask.State.CREATED;
                tasks.update(task);
                if (transition.event() == EventType.UPDATING && transition.variables() != null) {
                    setVariables(task, transition);
                }
                history(task, transition.event() == EventType.ASSIGNING ? "ASSIGNED" : "UPDATED");
                ctx.effects.taskOutcome(task.key, null);
            }
            case COMPLETING -> {
                task.state = UserTask.State.COMPLETED;
                task.completionMs = ctx.now;
                tasks.update(task);
                history(task, "COMPLETED");
                ctx.effects.taskOutcome(task.key, null);
                ElementInstance instance = ctx.instance(task.elementInstanceKey);
                Map<String, String> variables = ctx.json.document(transition.variables());
                executor.run(() -> executor.complete(instance, variables, null));
            }
            case CANCELING -> {
                task.state = UserTask.State.CANCELED;
                task.completionMs = ctx.now;
                tasks.update(task);
                history(task, "CANCELED");
                ElementInstance instance = ctx.instance(task.elementInstanceKey);
                if (transition.nextListener() > 0 && instance != null
                        && instance.state() == ElementInstance.State.TERMINATING) {
                    executor.held().resume(instance);
                }
            }
        }
    }

    /** An update of the task's variables took effect: set locally on its element instance, or propagated. */
    private void setVariables(UserTask task, UserTaskTransition transition) {
        Map<String, String> variables = ctx.json.document(transition.variables());
        if (transition.localVariables()) {
            ctx.variables.setLocal(task.elementInstanceKey, variables);
        } else {
            ctx.variables.propagate(task.elementInstanceKey, variables);
        }
    }

    /** The {@code userTask} data of an activated listener job. */
    static UserTaskJobProperties jobProperties(CommandContext ctx, Job job) {
        UserTask task = new UserTaskStore(ctx.store).task(job.userTaskKey);
        UserTaskTransition transition = task == null ? null : UserTaskTransition.read(task.pending);
        if (transition == null) {
            return null;
        }
        UserTask.Properties shown = transition.shownTarget();
        return new UserTaskJobProperties(transition.action(), shown.assignee(), shown.candidateGroups(),
                shown.candidateUsers(), transition.changedAttributes(task.properties), shown.dueDate(),
                shown.followUpDate(), task.formKey, shown.priority(), task.key);
    }

    private UserTaskDefinition definition(UserTask task) {
        return ctx.process(task.processDefinitionKey).element(task.elementId).userTask();
    }

    private void history(UserTask task, String intent) {
        ctx.history(task.processInstanceKey, "USER_TASK", intent, task.key, task.elementId, "USER_TASK", null);
    }

    static UserTask.State pendingState(EventType event) {
        return switch (event) {
            case CREATING -> UserTask.State.CREATING;
            case ASSIGNING -> UserTask.State.ASSIGNING;
            case UPDATING -> UserTask.State.UPDATING;
            case COMPLETING -> UserTask.State.COMPLETING;
            case CANCELING -> UserTask.State.CANCELING;
        };
    }

    /** The user task command a transition answers, as Zeebe names it in rejections. */
    static String command(EventType event) {
        return switch (event) {
            case ASSIGNING -> "ASSIGN";
            case UPDATING -> "UPDATE";
            case COMPLETING -> "COMPLETE";
            case CREATING -> "CREATE";
            case CANCELING -> "CANCEL";
        };
    }
}
