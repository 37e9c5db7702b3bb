package io.breachflow.engine.processing;

import io.breachflow.engine.model.FeelExpressions;
import io.breachflow.engine.model.ProcessTransformer;
import io.breachflow.engine.processing.EngineRecords.CreateInstance;
import io.breachflow.engine.processing.EngineRecords.DeploymentResult;
import io.breachflow.engine.processing.EngineRecords.InstanceCreated;
import io.breachflow.engine.processing.EngineRecords.JobRequest;
import io.breachflow.engine.processing.EngineRecords.Resource;
import io.breachflow.engine.state.ElementInstance;
import io.breachflow.engine.state.EngineStore;
import io.breachflow.engine.state.Incident;
import io.breachflow.engine.state.Job;
import io.breachflow.engine.state.ProcessDefinition;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * The engine's command surface, one method per gateway operation. Each call becomes one command on
 * the processing thread; futures complete only after the command's transaction committed.
 */
public final class Engine implements AutoCloseable {
    private static final long DEFAULT_LONG_POLL_MS = 10_000;

    private final CommandProcessor processor;
    private final JsonCodec json = new JsonCodec();

    public Engine(DataSource dataSource, Clock clock) {
        FeelExpressions feel = new FeelExpressions(() -> ZonedDateTime.now(clock));
        this.processor = new CommandProcessor(dataSource, clock, new ProcessModels(new ProcessTransformer(feel),
                new DecisionModels(() -> ZonedDateTime.now(clock))),
                new JsonCodec());
        scheduleStoredDeadlines(dataSource);
        processor.execute(processor::fireTimers);
    }

    private void scheduleStoredDeadlines(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); EngineStore store = new EngineStore(connection)) {
            long now = processor.now();
            for (Object[] deadline : store.pendingJobDeadlines()) {
                processor.serveWhenDue((String) deadline[0], (Long) deadline[1], now);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Expected to read job deadlines, but the database failed", e);
        }
    }

    public CompletableFuture<DeploymentResult> deploy(List<Resource> resources) {
        return processor.submit(new DeployCommand(resources));
    }

    /** Evaluates a decision by key, or the latest version of the id; a failed evaluation is an answer too. */
    public CompletableFuture<DecisionRecords.Evaluation> evaluateDecision(long key, String id, String variables) {
        return processor.submit(ctx -> new DecisionBehavior(ctx).evaluate(key, id, variables));
    }

    public CompletableFuture<InstanceCreated> createInstance(CreateInstance request) {
        return processor.submit(ctx -> start(ctx, request, false));
    }

    /** Answers a CreateProcessInstanceWithResult call. */
    public interface ResultCallback {
        void completed(InstanceCreated created, String variables);

        void failed(Throwable error);
    }

    /** Starts an instance and answers once it completes, or with DEADLINE_EXCEEDED after {@code timeoutMillis}. */
    public void createInstanceWithResult(CreateInstance request, long timeoutMillis, List<String> fetch,
            ResultCallback callback) {
        processor.submit(ctx -> {
            InstanceCreated created = start(ctx, request, true);
            long key = created.instanceKey();
            ctx.effects.resultWaiters.put(key, new CommandProcessor.ResultWaiter() {
                @Override
                public void completed(String variables) {
                    callback.completed(created, fetched(variables, fetch));
                }

                @Override
                public void failed(Rejection rejection) {
                    callback.failed(rejection);
                }
            });
            ctx.effects.afterCommit.add(() -> processor.schedule(() -> {
                CommandProcessor.ResultWaiter waiter = processor.removeResultWaiter(key);
                if (waiter != null) {
                    waiter.failed(new Rejection(Rejection.Code.DEADLINE_EXCEEDED, String.format(
                            "Expected the process instance with key '%d' to complete within %d ms, but it did not",
                            key, timeoutMillis)));
                }
            }, timeoutMillis));
            return created;
        }).whenComplete((created, error) -> {
            if (error != null) {
                callback.failed(error);
            }
        });
    }

    private String fetched(String variables, List<String> fetch) {
        if (fetch.isEmpty()) {
            return variables;
        }
        Map<String, String> all = json.document(variables);
        all.keySet().retainAll(new HashSet<>(fetch));
        return JsonCodec.join(all);
    }

    private static InstanceCreated start(CommandContext ctx, CreateInstance request, boolean awaited) {
        ProcessDefinition definition = definition(ctx, request);
        var process = ctx.process(definition.key());
        if (process.root().noneStartEvent() == null) {
            throw Rejection.precondition("Expected to create instance of process with none start event, but there is "
                    + "no such event");
        }
        Map<String, String> variables = ctx.json.document(request.variables());
        long key = ctx.nextKey();
        if (awaited) {
            ctx.await(key);
        }
        ElementInstance instance = ctx.newInstance(key, key, definition.key(), process.root(), -1);
        instance.startedBy(definition.bpmnProcessId(), null);
        ctx.variables.setLocal(key, variables);
        BpmnExecutor executor = new BpmnExecutor(ctx);
        executor.run(() -> executor.activate(instance));
        return new InstanceCreated(definition.key(), definition.bpmnProcessId(), definition.version(), key);
    }

    public CompletableFuture<Void> cancelInstance(long key) {
        return processor.submit(ctx -> {
            ElementInstance instance = ctx.instance(key);
            if (instance == null || !instance.isProcessInstance()
                    || instance.state() == ElementInstance.State.TERMINATING) {
                throw Rejection.notFound("Expected to cancel a process instance with key '%d', but no such process "
                        + "was found", key);
            }
            if (instance.parentElementInstanceKey() >= 0) {
                throw Rejection.precondition("Expected to cancel a process instance with key '%d', but it is created "
                        + "by a parent process instance. Cancel the root process instance '%d' instead.", key,
                        ctx.instance(instance.parentElementInstanceKey()) == null ? -1
                                : ctx.instance(instance.parentElementInstanceKey()).processInstanceKey());
            }
            new BpmnExecutor(ctx).terminate(instance);
            ctx.effects.terminatedInstances.add(key);
            return null;
        });
    }

    /** Deletes a process definition or decision requirements graph (see {@link DeleteResourceCommand}). */
    public CompletableFuture<Void> deleteResource(long key) {
        return processor.submit(new DeleteResourceCommand(key));
    }

    /** Activates and terminates elements of a running instance in one command (see {@link ModifyCommand}). */
    public CompletableFuture<Void> modifyInstance(Modification modification) {
        return processor.submit(new ModifyCommand(modification));
    }

    /** Moves a running instance to another process definition in one command (see {@link MigrateCommand}). */
    public CompletableFuture<Void> migrateInstance(Migration migration) {
        return processor.submit(new MigrateCommand(migration));
    }

    /**
     * Activates jobs; when none is there and {@code longPollMillis >= 0}, parks the request until a job
     * appears or the long poll ends (0 = the default 10 s), then answers through {@code respond}.
     */
    public void activateJobs(JobRequest request, long longPollMillis, Consumer<List<ActivatedJobData>> respond,
            Consumer<Throwable> failed) {
        processor.submit(ctx -> {
            List<ActivatedJobData> jobs = new JobBehavior(ctx).activate(request.type(), request.worker(),
                    request.timeout(), request.maxJobs(), new HashSet<>(request.fetchVariables()));
            if (!jobs.isEmpty() || longPollMillis < 0) {
                ctx.effects.afterCommit.add(() -> respond.accept(jobs));
                return null;
            }
            JobWaiters.Poll poll = new JobWaiters.Poll(request.type(), request.worker(), request.timeout(),
                    request.maxJobs(), new HashSet<>(request.fetchVariables()), respond);
            ctx.effects.afterCommit.add(() -> {
                processor.jobWaiters.park(poll);
                poll.expiry = processor.scheduleCancellable(() -> {
                    if (processor.jobWaiters.unpark(poll)) {
                        respond.accept(List.of());
                    }
                }, longPollMillis == 0 ? DEFAULT_LONG_POLL_MS : longPollMillis);
            });
            return null;
        }).whenComplete((ignored, error) -> {
            if (error != null) {
                failed.accept(error);
            }
        });
    }

    /** Opens a job stream; returns a handle that {@link #closeStream} takes. */
    public Object openStream(JobRequest request, Predicate<ActivatedJobData> push) {
        JobWaiters.Stream stream = new JobWaiters.Stream(request.type(), request.worker(), request.timeout(),
                new HashSet<>(request.fetchVariables()), push);
        processor.execute(() -> {
            processor.jobWaiters.open(stream);
            processor.serve(request.type());
        });
        return stream;
    }

    public void closeStream(Object handle) {
        processor.execute(() -> processor.jobWaiters.close((JobWaiters.Stream) handle));
    }

    public CompletableFuture<Void> completeJob(long key, String variables) {
        return completeJob(key, variables, UserTaskJobResult.NONE);
    }

    /**
     * Completes a job; a task listener's job takes {@code listenerResult} (deny or corrections) and may not carry
     * variables, as on Zeebe 8.8. Other jobs ignore the result.
     */
    public CompletableFuture<Void> completeJob(long key, String variables, UserTaskJobResult listenerResult) {
        return processor.submit(ctx -> {
            Job job = JobCommands.usableJob(ctx, key, "complete");
            if (job.isTaskListener()) {
                if (!ctx.json.document(variables).isEmpty()) {
                    throw Rejection.invalid("Task Listener job completion with variables payload provided is not yet "
                            + "supported (job key '%d', type '%s', processInstanceKey '%d')", key, job.type,
                            job.processInstanceKey);
                }
                BpmnExecutor executor = new BpmnExecutor(ctx);
                executor.run(() -> new UserTaskBehavior(ctx, executor).listenerCompleted(job,
                        listenerResult == null ? UserTaskJobResult.NONE : listenerResult));
                return null;
            }
            Map<String, String> result = ctx.json.document(variables);
            ctx.store.deleteJob(key);
            BpmnExecutor executor = new BpmnExecutor(ctx);
            executor.jobs().history(job, "COMPLETED");
            ElementInstance instance = ctx.instance(job.elementInstanceKey);
            executor.run(() -> executor.complete(instance, result, null));
            return null;
        });
    }

    /** Assigns a Camunda user task; completes once its assigning listeners ran, or fails when one denied. */
    public CompletableFuture<Void> assignUserTask(long key, String assignee, boolean allowOverride, String action) {
        return userTaskCommand(key, ctx -> UserTaskCommands.assign(ctx, key, assignee, allowOverride, action));
    }

    public CompletableFuture<Void> unassignUserTask(long key) {
        return userTaskCommand(key, ctx -> UserTaskCommands.unassign(ctx, key));
    }

    /** Updates a user task: any of dueDate, followUpDate, candidateUsers, candidateGroups, priority (null = keep). */
    public CompletableFuture<Void> updateUserTask(long key, String dueDate, String followUpDate,
            List<String> candidateUsers, List<String> candidateGroups, Integer priority, String action) {
        UserTaskCommands.Changeset changes = new UserTaskCommands.Changeset(dueDate, followUpDate, candidateUsers,
                candidateGroups, priority);
        return userTaskCommand(key, ctx -> UserTaskCommands.update(ctx, key, changes, action));
    }

    /** Completes a user task with variables (output mappings apply), once its completing listeners allowed it. */
    public CompletableFuture<Void> completeUserTask(long key, String variables, String action) {
        return userTaskCommand(key, ctx -> UserTaskCommands.complete(ctx, key, variables, action));
    }

    private CompletableFuture<Void> userTaskCommand(long key, Consumer<CommandContext> command) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        processor.submit(ctx -> {
            ctx.effects.taskWaiters.put(key, done);
            command.accept(ctx);
            return null;
        }).whenComplete((ignored, error) -> {
            if (error != null) {
                done.completeExceptionally(error);
            }
        });
        return done;
    }

    public CompletableFuture<Void> failJob(long key, int retries, String message, long backOff, String variables) {
        return processor.submit(ctx -> JobCommands.fail(ctx, key, retries, message, backOff, variables));
    }

    public CompletableFuture<Void> throwError(long key, String code, String message, String variables) {
        return processor.submit(ctx -> JobCommands.throwError(ctx, key, code, message, variables));
    }

    public CompletableFuture<Void> updateRetries(long key, int retries) {
        return processor.submit(ctx -> JobCommands.updateRetries(ctx, key, retries));
    }

    public CompletableFuture<Void> updateTimeout(long key, long timeout) {
        return processor.submit(ctx -> JobCommands.updateTimeout(ctx, key, timeout));
    }

    /**
     * Sets variables in a scope; on a Camunda user task's element instance this is an update of the task, answered
     * once its updating listeners ran (or refused when one denies), as on 8.8.
     */
    public CompletableFuture<Long> setVariables(long scopeKey, String variables, boolean local) {
        CompletableFuture<Void> listeners = new CompletableFuture<>();
        return processor.submit(ctx -> {
            ElementInstance scope = ctx.instance(scopeKey);
            if (scope == null || scope.state() == ElementInstance.State.TERMINATING) {
                throw Rejection.notFound("Expected to update variables for element with key '%d', but no such element "
                        + "was found", scopeKey);
            }
            Map<String, String> document = ctx.json.document(variables);
            long task = UserTaskCommands.updateVariables(ctx, scope, JsonCodec.join(document), local);
            if (task >= 0) {
                ctx.effects.taskWaiters.put(task, listeners);
            } else {
                if (local) {
                    ctx.variables.setLocal(scopeKey, document);
                } else {
                    ctx.variables.propagate(scopeKey, document);
                }
                listeners.complete(null);
            }
            return ctx.nextKey();
        }).thenCompose(key -> listeners.thenApply(ignored -> key));
    }

    public CompletableFuture<Long> publishMessage(String name, String correlationKey, long ttl, String messageId,
            String variables) {
        return processor.submit(ctx -> EventCommands.publish(ctx, name, correlationKey, ttl, messageId, variables));
    }

    /** Correlates a message to the open subscriptions and message start events now, without buffering it. */
    public CompletableFuture<EngineRecords.MessageCorrelated> correlateMessage(String name, String correlationKey,
            String variables) {
        return processor.submit(ctx -> EventCommands.correlate(ctx, name, correlationKey, variables));
    }

    public CompletableFuture<Long> broadcastSignal(String name, String variables) {
        return processor.submit(ctx -> EventCommands.broadcast(ctx, name, variables));
    }

    /** Fires whatever became due: called when a controlled clock moves. */
    public void clockChanged() {
        processor.execute(processor::clockChanged);
    }

    public CompletableFuture<Void> resolveIncident(long key) {
        return processor.submit(ctx -> {
            Incident incident = ctx.store.openIncident(key);
            if (incident == null) {
                throw Rejection.notFound("Expected to resolve incident with key '%d', but no such incident was found",
                        key);
            }
            ctx.store.resolveIncident(key);
            ctx.history(incident.processInstanceKey(), "INCIDENT", "RESOLVED", key, incident.elementId(), null, null);
            JobCommands.retry(ctx, incident);
            return null;
        });
    }

    private static ProcessDefinition definition(CommandContext ctx, CreateInstance request) {
        ProcessDefinition definition;
        if (request.definitionKey() > 0) {
            definition = ctx.models().definition(request.definitionKey(), ctx.store);
            if (definition == null) {
                throw Rejection.notFound("Expected to find process definition with key '%d', but none found",
                        request.definitionKey());
            }
        } else if (request.version() < 0) {
            definition = ctx.store.latestDefinition(request.bpmnProcessId());
            if (definition == null) {
                throw Rejection.notFound("Expected to find process definition with process ID '%s', but none found",
                        request.bpmnProcessId());
            }
        } else {
            definition = ctx.store.definition(request.bpmnProcessId(), request.version());
            if (definition == null) {
                throw Rejection.notFound("Expected to find process definition with process ID '%s' and version "
                        + "'%d', but none found", request.bpmnProcessId(), request.version());
            }
        }
        return definition;
    }

    @Override
    public void close() {
        processor.close();
    }
}
