package io.breachflow.engine.processing;

import io.breachflow.engine.state.EngineStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single processing thread. Commands queue up, run one after another, and are committed in
 * groups: each command inside its own savepoint (a rejected or failed command leaves nothing
 * behind), the group in one transaction that commits before any caller hears back. One writer
 * means no locks and a deterministic order, as in a Zeebe partition.
 */
final class CommandProcessor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CommandProcessor.class);
    private static final int MAX_BATCH = 128;

    private record Task<T>(Command<T> command, Runnable action, CompletableFuture<T> future) {
    }

    private final java.util.concurrent.BlockingDeque<Task<?>> queue = new java.util.concurrent.LinkedBlockingDeque<>();
    private final DataSource dataSource;
    private final Clock clock;
    private final ProcessModels models;
    private final JsonCodec json;
    private final Keys keys;
    private final ScheduledExecutorService scheduler;
    private final Thread thread;
    private final Set<Long> awaited = new HashSet<>();
    private final Map<Long, ResultWaiter> resultWaiters = new HashMap<>();
    final JobWaiters jobWaiters = new JobWaiters();
    private final Map<Long, CompletableFuture<Void>> taskWaiters = new HashMap<>();
    private volatile boolean running = true;
    private static final long CONNECTION_MAX_AGE_MS = 10 * 60 * 1000;
    private EngineStore store;
    private long storeOpenedAt;

    /** Someone waiting for a process instance to end (CreateProcessInstanceWithResult). */
    interface ResultWaiter {
        void completed(String variables);

        void failed(Rejection rejection);
    }

    CommandProcessor(DataSource dataSource, Clock clock, ProcessModels models, JsonCodec json) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.models = models;
        this.json = json;
        this.keys = new Keys(readNextKey());
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "engine-scheduler"));
        this.thread = daemon(this::loop, "engine-processor");
        thread.start();
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread t = new Thread(runnable, name);
        t.setDaemon(true);
        return t;
    }

    private long readNextKey() {
        try (Connection connection = dataSource.getConnection(); EngineStore store = new EngineStore(connection)) {
            return store.readNextKey();
        } catch (SQLException e) {
            throw new IllegalStateException("Expected to read the engine's key counter, but the database failed", e);
        }
    }

    <T> CompletableFuture<T> submit(Command<T> command) {
        CompletableFuture<T> future = new CompletableFuture<>();
        if (!running) {
            future.completeExceptionally(new Rejection(Rejection.Code.UNAVAILABLE, "The engine is shutting down"));
            return future;
        }
        queue.add(new Task<>(command, null, future));
        return future;
    }

    /**
     * Queues a command ahead of everything waiting: firing due timers and handing jobs to waiting
     * workers must not queue behind a flood of new instances, or they would fire late.
     */
    <T> CompletableFuture<T> submitFirst(Command<T> command) {
        CompletableFuture<T> future = new CompletableFuture<>();
        if (!running) {
            future.completeExceptionally(new Rejection(Rejection.Code.UNAVAILABLE, "The engine is shutting down"));
            return future;
        }
        queue.addFirst(new Task<>(command, null, future));
        return future;
    }

    /** Runs {@code action} on the processing thread, outside any transaction. */
    void execute(Runnable action) {
        if (running) {
            queue.add(new Task<>(null, action, null));
        }
    }

    void schedule(Runnable action, long delayMillis) {
        if (running) {
            scheduler.schedule(() -> execute(action), Math.max(0, delayMillis), TimeUnit.MILLISECONDS);
        }
    }

    java.util.concurrent.ScheduledFuture<?> scheduleCancellable(Runnable action, long delayMillis) {
        return scheduler.schedule(() -> execute(action), Math.max(0, delayMillis), TimeUnit.MILLISECONDS);
    }

    long now() {
        return clock.millis();
    }

    void registerResultWaiter(long processInstanceKey, ResultWaiter waiter) {
        resultWaiters.put(processInstanceKey, waiter);
        awaited.add(processInstanceKey);
    }

    ResultWaiter removeResultWaiter(long processInstanceKey) {
        awaited.remove(processInstanceKey);
        return resultWaiters.remove(processInstanceKey);
    }

    private void loop() {
        List<Task<?>> batch = new ArrayList<>();
        while (running) {
            try {
                Task<?> first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                runBatch(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("Engine processing loop failed; continuing with the next commands", e);
            } finally {
                batch.clear();
            }
        }
        discardStore();
    }

    private void runBatch(List<Task<?>> batch) {
        List<Task<?>> commands = new ArrayList<>();
        for (Task<?> task : batch) {
            if (task.action() != null) {
                runCommands(commands);
                commands.clear();
                runAction(task.action());
            } else {
                commands.add(task);
            }
        }
        runCommands(commands);
    }

    private void runAction(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.error("Engine action failed", e);
        }
    }

    private void runCommands(List<Task<?>> commands) {
        if (commands.isEmpty()) {
            return;
        }
        Object[] results = new Object[commands.size()];
        Effects[] effects = new Effects[commands.size()];
        try {
            EngineStore store = store();
            Connection connection = store.connection();
            long now = clock.millis();
            for (int i = 0; i < commands.size(); i++) {
                Savepoint savepoint = connection.setSavepoint();
                CommandContext ctx = new CommandContext(store, keys, models, json, now, awaited);
                try {
                    results[i] = commands.get(i).command().execute(ctx);
                    ctx.flush();
                    effects[i] = ctx.effects;
                    connection.releaseSavepoint(savepoint);
                } catch (RuntimeException e) {
                    connection.rollback(savepoint);
                    results[i] = e instanceof Rejection ? e : internal(e);
                }
            }
            keys.persist(store);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            LOG.error("Engine could not commit a batch of {} commands; all are answered with UNAVAILABLE",
                    commands.size(), e);
            discardStore();
            Rejection unavailable = new Rejection(Rejection.Code.UNAVAILABLE,
                    "Expected to commit the command, but the engine's database failed: " + e.getMessage());
            commands.forEach(task -> task.future().completeExceptionally(unavailable));
            return;
        }
        for (int i = 0; i < commands.size(); i++) {
            answer(commands.get(i), results[i]);
            if (effects[i] != null) {
                apply(effects[i]);
            }
        }
    }

    /**
     * The processing thread keeps one connection and its prepared statements across batches (the
     * only writer needs no pool); it is renewed periodically and after any failure.
     */
    private EngineStore store() throws SQLException {
        if (store != null && clock.millis() - storeOpenedAt > CONNECTION_MAX_AGE_MS) {
            discardStore();
        }
        if (store == null) {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            DurableCommits.warnIfNotDurable(connection);
            store = new EngineStore(connection);
            storeOpenedAt = clock.millis();
        }
        return store;
    }

    private void discardStore() {
        if (store == null) {
            return;
        }
        try (Connection connection = store.connection()) {
            store.close();
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            LOG.debug("Closing the engine connection failed", e);
        }
        store = null;
    }

    private static RuntimeException internal(RuntimeException e) {
        LOG.error("Engine command failed unexpectedly; it was rolled back", e);
        return new Rejection(Rejection.Code.UNAVAILABLE, "Expected to process the command, but " + e);
    }

    @SuppressWarnings("unchecked")
    private static <T> void answer(Task<T> task, Object result) {
        if (result instanceof RuntimeException e && (e instanceof Rejection)) {
            task.future().completeExceptionally(e);
        } else {
            task.future().complete((T) result);
        }
    }

    private void apply(Effects effects) {
        effects.resultWaiters.forEach(this::registerResultWaiter);
        taskWaiters.putAll(effects.taskWaiters);
        effects.taskOutcomes.forEach((key, rejection) -> {
            CompletableFuture<Void> waiter = taskWaiters.remove(key);
            if (waiter != null && rejection == null) {
                waiter.complete(null);
            } else if (waiter != null) {
                waiter.completeExceptionally(rejection);
            }
        });
        effects.afterCommit.forEach(this::runAction);
        effects.completedInstances.forEach((key, variables) -> {
            ResultWaiter waiter = removeResultWaiter(key);
            if (waiter != null) {
                waiter.completed(variables);
            }
        });
        effects.terminatedInstances.forEach(key -> {
            ResultWaiter waiter = removeResultWaiter(key);
            if (waiter != null) {
                waiter.failed(Rejection.precondition("Expected the process instance with key '%d' to complete, but it "
                        + "was terminated", key));
            }
        });
        effects.jobTypesAvailable.forEach(this::serveIfWaiting);
        if (effects.timerDue != Long.MAX_VALUE) {
            scheduleTimers(effects.timerDue);
        }
        long now = clock.millis();
        for (Object[] wakeUp : effects.wakeUps) {
            serveWhenDue((String) wakeUp[0], (Long) wakeUp[1], now);
        }
    }

    private long nextTimerCheck = Long.MAX_VALUE;
    private java.util.concurrent.ScheduledFuture<?> timerCheck;

    /** Makes sure due timers are fired at {@code dueAt} (or now, if that has passed). */
    private void scheduleTimers(long dueAt) {
        if (timerCheck != null && !timerCheck.isDone() && nextTimerCheck <= dueAt) {
            return;
        }
        if (timerCheck != null) {
            timerCheck.cancel(false);
        }
        nextTimerCheck = dueAt;
        timerCheck = scheduleCancellable(this::fireTimers, dueAt - clock.millis());
    }

    /** Fires due timers, in as many commands as it takes. */
    void fireTimers() {
        nextTimerCheck = Long.MAX_VALUE;
        timerCheck = null;
        submitFirst(EventCommands::fireDueTimers).thenAccept(more -> {
            if (Boolean.TRUE.equals(more)) {
                execute(this::fireTimers);
            }
        });
    }

    /** The controlled clock moved: fire due timers and hand out jobs whose time-out or back-off passed. */
    void clockChanged() {
        fireTimers();
        for (String type : jobWaiters.waitingTypes()) {
            serve(type);
        }
    }

    /** Hands jobs of {@code type} to waiting workers, if any wait. */
    void serveIfWaiting(String type) {
        if (jobWaiters.isWaiting(type)) {
            serve(type);
        }
    }

    /** At {@code dueAt} (a job time-out or the end of a back-off), hands jobs to whoever waits then. */
    void serveWhenDue(String type, long dueAt, long now) {
        schedule(() -> serveIfWaiting(type), dueAt - now);
    }

    /** Queues a command that hands jobs of {@code type} to open streams and parked polls. */
    void serve(String type) {
        submitFirst(new ServeWaitingWorkers(type, jobWaiters, this));
    }

    @Override
    public void close() {
        running = false;
        scheduler.shutdownNow();
        try {
            // no interrupt: an interrupted JDBC call can close an embedded database's file channel
            thread.join(10000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Rejection closing = new Rejection(Rejection.Code.UNAVAILABLE, "The engine is shutting down");
        for (Task<?> task : queue) {
            if (task.future() != null) {
                task.future().completeExceptionally(closing);
            }
        }
        queue.clear();
        jobWaiters.drainAll().forEach(poll -> poll.respond.accept(List.of()));
        resultWaiters.values().forEach(waiter -> waiter.failed(closing));
        resultWaiters.clear();
        taskWaiters.values().forEach(waiter -> waiter.completeExceptionally(closing));
        taskWaiters.clear();
    }
}
