package io.breachflow.engine.processing;

import io.breachflow.engine.model.ExecutableElement;
import io.breachflow.engine.model.Expression;
import io.breachflow.engine.model.JobDefinition;
import io.breachflow.engine.state.ElementInstance;
import io.breachflow.engine.state.Job;
import io.breachflow.engine.state.ProcessDefinition;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Creating, handing out and cancelling jobs for job-based elements. */
final class JobBehavior {
    private final CommandContext ctx;

    JobBehavior(CommandContext ctx) {
        this.ctx = ctx;
    }

    record Prepared(String type, int retries, String headers) {
    }

    /** Evaluates type, retries and headers; throws {@link Expression.EvaluationFailure} for an incident. */
    Prepared prepare(ElementInstance instance, ExecutableElement element) {
        JobDefinition definition = element.job();
        Expression.VariableLookup lookup = ctx.variables.lookup(instance.key());
        Object type = definition.type().evaluate(lookup);
        if (!(type instanceof String text) || text.isBlank()) {
            throw new Expression.EvaluationFailure("Expected result of the expression '" + definition.type().text()
                    + "' to be 'STRING', but was '" + BpmnExecutor.typeName(type) + "'.");
        }
        Object retries = definition.retries().evaluate(lookup);
        int retryCount;
        if (retries instanceof Number number) {
            retryCount = number.intValue();
        } else if (retries instanceof String s && s.strip().matches("-?\\d+")) {
            retryCount = Integer.parseInt(s.strip());
        } else {
            throw new Expression.EvaluationFailure("Expected result of the expression '" + definition.retries().text()
                    + "' to be 'NUMBER', but was '" + BpmnExecutor.typeName(retries) + "'.");
        }
        Map<String, String> headers = new LinkedHashMap<>(definition.headers());
        for (Map.Entry<String, JobDefinition.UserTaskHeader> header : definition.userTaskHeaders().entrySet()) {
            headers.put(header.getKey(), headerValue(header.getValue().value().evaluate(lookup), header.getValue().list()));
        }
        return new Prepared(text, retryCount, ctx.json.write(headers));
    }

    private String headerValue(Object value, boolean list) {
        if (list) {
            List<?> items = value instanceof Collection<?> c ? List.copyOf(c)
                    : value == null ? List.of() : List.of(value.toString().split("\\s*,\\s*"));
            return ctx.json.write(items);
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof BigDecimal || value instanceof Number) {
            return value.toString();
        }
        String json = ctx.json.write(value);
        return json.startsWith("\"") ? json.substring(1, json.length() - 1) : json;
    }

    void create(ElementInstance instance, Prepared prepared) {
        Job job = new Job(ctx.nextKey(), prepared.type(), Job.State.ACTIVATABLE, prepared.retries(), 0, 0, null,
                instance.key(), instance.elementId(), instance.processInstanceKey(), instance.processDefinitionKey(),
                prepared.headers(), null, ctx.now);
        ctx.store.insertJob(job);
        history(job, "CREATED");
        ctx.effects.jobAvailable(job.type);
    }

    void cancel(ElementInstance instance) {
        Job job = ctx.store.jobOfElement(instance.key());
        if (job != null) {
            ctx.store.deleteJob(job.key);
            history(job, "CANCELED");
        }
    }

    /** Hands up to {@code max} activatable jobs of a type to a worker until {@code now + timeout}. */
    List<ActivatedJobData> activate(String type, String worker, long timeout, int max, Set<String> fetch) {
        List<Job> candidates = ctx.store.activatableJobs(type, ctx.now, max);
        List<ActivatedJobData> activated = new java.util.ArrayList<>(candidates.size());
        for (Job job : candidates) {
            activated.add(activate(job, worker, timeout, fetch));
        }
        return activated;
    }

    /** Jobs of a type a worker may take now, oldest first. */
    List<Job> activatable(String type, int max) {
        return ctx.store.activatableJobs(type, ctx.now, max);
    }

    ActivatedJobData activate(Job job, String worker, long timeout, Set<String> fetch) {
        if (job.isTimedOut(ctx.now)) {
            history(job, "TIMED_OUT");
        }
        job.state = Job.State.ACTIVATED;
        job.deadline = ctx.now + timeout;
        job.worker = worker;
        ctx.store.updateJob(job);
        history(job, "ACTIVATED");
        ctx.effects.wakeUpAt(job.type, job.deadline);
        return toData(job, fetch);
    }

    private ActivatedJobData toData(Job job, Set<String> fetch) {
        Map<String, String> visible = ctx.variables.visible(job.elementInstanceKey);
        if (!fetch.isEmpty()) {
            visible.keySet().retainAll(fetch);
        }
        ProcessDefinition definition = ctx.models().definition(job.processDefinitionKey, ctx.store);
        return new ActivatedJobData(job.key, job.type, job.processInstanceKey, definition.bpmnProcessId(),
                definition.version(), job.processDefinitionKey, job.elementId, job.elementInstanceKey, job.customHeaders,
                job.worker, job.retries, job.deadline, JsonCodec.join(visible), job.kind, job.listenerEventType,
                job.isTaskListener() ? UserTaskBehavior.jobProperties(ctx, job) : null);
    }

    void history(Job job, String intent) {
        ctx.history(job.processInstanceKey, "JOB", intent, job.key, job.elementId, job.type, null);
    }
}
