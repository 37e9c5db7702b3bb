package io.breachflow.engine.processing;

import io.breachflow.engine.state.ElementInstance;
import io.breachflow.engine.state.Incident;
import io.breachflow.engine.state.Job;
import java.util.Map;

/** Job commands from workers and operators: fail, throw error, retries, time-out, and incident retry. */
final class JobCommands {
    private JobCommands() {
    }

    /** The job, if it exists and is not failed; otherwise NOT_FOUND or FAILED_PRECONDITION as Zeebe answers. */
    static Job usableJob(CommandContext ctx, long key, String action) {
        Job job = ctx.store.job(key);
        if (job == null) {
            throw Rejection.notFound("Expected to %s job with key '%d', but no such job was found", action, key);
        }
        // a job waiting out its retry back-off is still failed, as on Zeebe, until the back-off ends
        if (job.state == Job.State.FAILED || (job.state == Job.State.ACTIVATABLE && job.backoffUntil > ctx.now)) {
            throw Rejection.precondition("Expected to %s job with key '%d', but it is in state 'FAILED'", action, key);
        }
        return job;
    }

    static Void fail(CommandContext ctx, long key, int retries, String message, long backOff, String variables) {
        Job job = usableJob(ctx, key, "fail");
        Map<String, String> local = ctx.json.document(variables);
        ElementInstance instance = ctx.instance(job.elementInstanceKey);
        if (instance != null) {
            ctx.variables.setLocal(instance.key(), local);
        }
        job.retries = retries;
        job.errorMessage = message;
        job.worker = null;
        job.deadline = 0;
        BpmnExecutor executor = new BpmnExecutor(ctx);
        executor.jobs().history(job, "FAILED");
        if (retries > 0) {
            job.state = Job.State.ACTIVATABLE;
            job.backoffUntil = backOff > 0 ? ctx.now + backOff : 0;
            if (backOff > 0) {
                ctx.effects.wakeUpAt(job.type, job.backoffUntil);
            } else {
                ctx.effects.jobAvailable(job.type);
            }
        } else {
            job.state = Job.State.FAILED;
            // a canceling listener's job outlives its element: it fails without an incident to resolve
            if (instance != null) executor.incident(instance, "JOB_NO_RETRIES", message == null || message.isEmpty()
                    ? "No more retries left." : message, Incident.RetryStep.JOB, job.key);
        }
        ctx.store.updateJob(job);
        return null;
    }

    /**
     * A worker reports a business error: the nearest matching error catch event takes over (the
     * task is terminated); uncaught, it becomes an {@code UNHANDLED_ERROR_EVENT} incident whose
     * resolution makes the job activatable again.
     */
    static Void throwError(CommandContext ctx, long key, String code, String message, String variables) {
        Job job = usableJob(ctx, key, "throw an error for");
        if (job.isTaskListener()) {
            throw Rejection.invalid("Expected to throw an error for job with key '%d', but it is a task listener job; "
                    + "task listeners cannot throw BPMN errors", key);
        }
        Map<String, String> errorVariables = ctx.json.document(variables);
        ElementInstance instance = ctx.instance(job.elementInstanceKey);
        BpmnExecutor executor = new BpmnExecutor(ctx);
        boolean[] caught = {false};
        executor.run(() -> caught[0] = executor.throwing().throwError(instance, code, errorVariables));
        if (caught[0]) {
            if (ctx.store.job(key) != null) {
                ctx.store.deleteJob(key);
            }
            executor.jobs().history(job, "ERROR_THROWN");
            return null;
        }
        job.state = Job.State.FAILED;
        job.errorMessage = message;
        job.deadline = 0;
        job.worker = null;
        ctx.store.updateJob(job);
        executor.jobs().history(job, "ERROR_THROWN");
        executor.incident(instance, "UNHANDLED_ERROR_EVENT", String.format("Expected to throw an error event with the "
                + "code '%s' with message '%s', but it was not caught. No error events are available in the scope.",
                code, message), Incident.RetryStep.JOB, job.key);
        return null;
    }

    static Void updateRetries(CommandContext ctx, long key, int retries) {
        Job job = ctx.store.job(key);
        if (job == null) {
            throw Rejection.notFound("Expected to update retries for job with key '%d', but no such job was found", key);
        }
        if (retries < 1) {
            throw Rejection.invalid("Expected retries to be greater than zero, but was '%d'", retries);
        }
        job.retries = retries;
        ctx.store.updateJob(job);
        new JobBehavior(ctx).history(job, "RETRIES_UPDATED");
        return null;
    }

    static Void updateTimeout(CommandContext ctx, long key, long timeout) {
        Job job = ctx.store.job(key);
        if (job == null) {
            throw Rejection.notFound("Expected to update the timeout of job with key '%d', but no such job was found",
                    key);
        }
        if (job.state != Job.State.ACTIVATED) {
            throw Rejection.precondition("Expected to update the timeout of job with key '%d', but it is in state '%s'",
                    key, job.state);
        }
        job.deadline = ctx.now + timeout;
        ctx.store.updateJob(job);
        ctx.effects.wakeUpAt(job.type, job.deadline);
        new JobBehavior(ctx).history(job, "TIMEOUT_UPDATED");
        return null;
    }

    /** Retries what an incident blocked: the job (if it has retries), the activation, or the completion. */
    static void retry(CommandContext ctx, Incident incident) {
        BpmnExecutor executor = new BpmnExecutor(ctx);
        ElementInstance instance = ctx.instance(incident.elementInstanceKey());
        if (instance == null) {
            return;
        }
        switch (incident.retryStep()) {
            case JOB -> {
                Job job = ctx.store.job(incident.jobKey());
                if (job == null) {
                    return;
                }
                if (job.retries > 0) {
                    job.state = Job.State.ACTIVATABLE;
                    job.backoffUntil = 0;
                    ctx.store.updateJob(job);
                    ctx.effects.jobAvailable(job.type);
                } else {
                    executor.incident(instance, incident.errorType(), incident.errorMessage(), Incident.RetryStep.JOB,
                            job.key);
                }
            }
            case ACTIVATE -> executor.run(() -> executor.activate(instance));
            case COMPLETE -> executor.run(() -> executor.complete(instance, Map.of(), null));
            case TASK_LISTENER -> executor.run(() -> new UserTaskBehavior(ctx, executor).retryListeners(instance));
        }
    }
}
