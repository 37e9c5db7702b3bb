package io.breachflow.engine.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breachflow.engine.gateway.JobRequestValidation;
import io.breachflow.engine.processing.ActivatedJobData;
import io.breachflow.engine.processing.Engine;
import io.breachflow.engine.processing.EngineRecords;
import io.breachflow.engine.processing.UserTaskJobProperties;
import io.breachflow.engine.processing.UserTaskJobResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The job endpoints, on the engine commands the gRPC job RPCs use: activation (a long poll: the answer comes
 * when a job is there or after {@code requestTimeout}; negative = at once), completion, failure (retries,
 * back-off), BPMN error, and {@code PATCH} of retries and time-out.
 */
final class JobRoutes {
    private static final String JOB = "/v2/jobs/([^/]+)";

    private final Engine engine;

    JobRoutes(Engine engine) {
        this.engine = engine;
    }

    List<Route> routes() {
        return List.of(
                Route.async("POST", "/v2/jobs/activation", this::activate),
                Route.async("POST", JOB + "/completion", request -> {
                    JsonBody body = request.json();
                    return engine.completeJob(jobKey(request), body.variables("variables"), result(body))
                            .thenApply(done -> Reply.NO_CONTENT);
                }),
                Route.async("POST", JOB + "/failure", request -> {
                    JsonBody body = request.json();
                    return engine.failJob(jobKey(request), body.integer("retries", 0), body.text("errorMessage", ""),
                            body.number("retryBackOff", 0), body.variables("variables"))
                            .thenApply(done -> Reply.NO_CONTENT);
                }),
                Route.async("POST", JOB + "/error", request -> {
                    JsonBody body = request.json();
                    return engine.throwError(jobKey(request), body.requiredText("errorCode"),
                            body.text("errorMessage", ""), body.variables("variables"))
                            .thenApply(done -> Reply.NO_CONTENT);
                }),
                Route.async("PATCH", JOB, this::update));
    }

    /**
     * {@code result} of a task listener's job ({@code type: userTask}, the default): deny with a reason, or
     * correct the task's properties; absent or of another type = no result.
     */
    static UserTaskJobResult result(JsonBody body) {
        if (body.node("result") == null) {
            return UserTaskJobResult.NONE;
        }
        JsonBody result = body.object("result");
        if (!"userTask".equals(result.text("type", "userTask"))) {
            return UserTaskJobResult.NONE;
        }
        UserTaskJobResult.Corrections corrections = null;
        if (result.node("corrections") != null) {
            JsonBody c = result.object("corrections");
            corrections = new UserTaskJobResult.Corrections(c.text("assignee", null), c.text("dueDate", null),
                    c.text("followUpDate", null), c.node("candidateUsers") == null ? null : c.texts("candidateUsers"),
                    c.node("candidateGroups") == null ? null : c.texts("candidateGroups"),
                    c.node("priority") == null ? null : c.integer("priority", 0));
        }
        return new UserTaskJobResult(result.node("denied") != null && result.bool("denied"),
                result.text("deniedReason", null), corrections);
    }

    private static long jobKey(Request request) {
        return request.key(1, "jobKey");
    }

    private CompletableFuture<Reply> activate(Request request) {
        JsonBody body = request.json();
        String type = body.requiredText("type");
        long timeout = body.number("timeout", 0);
        int maxJobs = body.integer("maxJobsToActivate", 0);
        String problem = JobRequestValidation.problem(type, timeout, maxJobs, body.texts("tenantIds"));
        if (problem != null) {
            throw Problem.invalid(problem);
        }
        EngineRecords.JobRequest jobs = new EngineRecords.JobRequest(type, body.text("worker", ""), timeout, maxJobs,
                body.texts("fetchVariable"));
        CompletableFuture<Reply> reply = new CompletableFuture<>();
        engine.activateJobs(jobs, body.number("requestTimeout", 0), activated -> reply.complete(Reply.json(
                activated(activated))), reply::completeExceptionally);
        return reply;
    }

    /** {@code changeset.retries} and {@code changeset.timeout}, one engine command each (retries first). */
    private CompletableFuture<Reply> update(Request request) {
        long key = jobKey(request);
        JsonBody changeset = request.json().object("changeset");
        Integer retries = changeset.node("retries") == null ? null : changeset.integer("retries", 0);
        Long timeout = changeset.node("timeout") == null ? null : changeset.number("timeout", 0);
        if (retries == null && timeout == null) {
            throw Problem.invalid("At least one of [retries, timeout] is required.");
        }
        CompletableFuture<Void> done = retries == null ? CompletableFuture.completedFuture(null)
                : engine.updateRetries(key, retries);
        if (timeout != null) {
            done = done.thenCompose(ignored -> engine.updateTimeout(key, timeout));
        }
        return done.thenApply(ignored -> Reply.NO_CONTENT);
    }

    private static ObjectNode activated(List<ActivatedJobData> jobs) {
        ObjectNode body = Json.object();
        ArrayNode items = body.putArray("jobs");
        for (ActivatedJobData job : jobs) {
            ObjectNode item = items.addObject();
            item.put("jobKey", Json.key(job.key()));
            item.put("type", job.type());
            item.put("processDefinitionId", job.bpmnProcessId());
            item.put("processDefinitionVersion", job.version());
            item.put("processDefinitionKey", Json.key(job.processDefinitionKey()));
            item.put("processInstanceKey", Json.key(job.processInstanceKey()));
            item.put("elementId", job.elementId());
            item.put("elementInstanceKey", Json.key(job.elementInstanceKey()));
            item.set("customHeaders", Json.parse(job.customHeaders()));
            item.put("worker", job.worker() == null ? "" : job.worker());
            item.put("retries", job.retries());
            item.put("deadline", job.deadline());
            item.set("variables", Json.parse(job.variables()));
            item.put("tenantId", JsonBody.DEFAULT_TENANT);
            boolean listener = "TASK_LISTENER".equals(job.kind());
            item.put("kind", listener ? "TASK_LISTENER" : "BPMN_ELEMENT");
            item.put("listenerEventType", listener ? job.listenerEventType() : "UNSPECIFIED");
            if (listener && job.userTask() != null) {
                userTask(item.putObject("userTask"), job.userTask());
            }
            item.putArray("tags");
        }
        return body;
    }

    /** A task listener job's {@code userTask}: the task as the transition would leave it (8.8's UserTaskProperties). */
    private static void userTask(ObjectNode node, UserTaskJobProperties task) {
        node.put("action", task.action());
        node.put("assignee", task.assignee());
        task.candidateGroups().forEach(node.putArray("candidateGroups")::add);
        task.candidateUsers().forEach(node.putArray("candidateUsers")::add);
        task.changedAttributes().forEach(node.putArray("changedAttributes")::add);
        node.put("dueDate", task.dueDate());
        node.put("followUpDate", task.followUpDate());
        if (task.formKey() != null) {
            node.put("formKey", Json.key(task.formKey()));
        }
        node.put("priority", task.priority());
        node.put("userTaskKey", Json.key(task.userTaskKey()));
    }
}
