package io.breachflow.workflow;

import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.ProblemException;
import io.grpc.Status;

/**
 * Which refusal a failed engine call carries, whichever protocol the client used: a gRPC status
 * ({@code NOT_FOUND}, {@code ALREADY_EXISTS}) or an Orchestration Cluster REST problem (404, 409). The 8.8 client
 * prefers REST, so the same refusal can arrive in either form.
 */
final class EngineRefusals {
    private EngineRefusals() {
    }

    /** The job, instance or other key the call named no longer exists. */
    static boolean notFound(ClientException e) {
        return e instanceof ClientStatusException status ? status.getStatus().getCode() == Status.Code.NOT_FOUND
                : e instanceof ProblemException problem && problem.code() == 404;
    }

    /** A message with the same id is still buffered. */
    static boolean alreadyExists(ClientException e) {
        return e instanceof ClientStatusException status ? status.getStatus().getCode() == Status.Code.ALREADY_EXISTS
                : e instanceof ProblemException problem && problem.code() == 409;
    }

    /** A short name of the refusal for logs: the gRPC code or the HTTP status. */
    static String describe(ClientException e) {
        return e instanceof ClientStatusException status ? status.getStatus().getCode().name()
                : e instanceof ProblemException problem ? "HTTP " + problem.code() : e.getClass().getSimpleName();
    }
}
