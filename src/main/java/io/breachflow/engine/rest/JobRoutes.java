package io.breachflow.engine.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breachflow.engine.gateway.JobRequestValidation;
import io.breachflow.engine.processing.ActivatedJobData;
import io.breachflow.engine.processing.Engine;
import io.breachflow.engine.processing.EngineRecords;
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
                    JsonBody body = request.json().unsupported("result",
                            "job results belong to user task listeners, which the embedded engine does not run");
                    return engine.completeJob(jobKey(request), body.variables("variables")).thenApply(done -> Reply.NO_CONTENT);
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
            item.put("kind", "BPMN_ELEMENT");
            item.put("listenerEventType", "UNSPECIFIED");
            item.putArray("tags");
        }
        return body;
    }
}
