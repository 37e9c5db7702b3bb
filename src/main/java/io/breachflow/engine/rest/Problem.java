package io.breachflow.engine.rest;

import io.breachflow.engine.processing.Rejection;
import java.util.concurrent.CompletionException;

/**
 * A request the REST door answers with an RFC 7807 problem, shaped like the Orchestration Cluster's
 * ({@code type}, {@code title} in Camunda's upper-case style, {@code status}, {@code detail}, {@code instance}).
 * Engine rejections map as the 8.8 gateway maps them: a wrong state is 409 {@code INVALID_STATE}.
 */
final class Problem extends RuntimeException {
    private final int status;
    private final String title;

    private Problem(int status, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
    }

    static Problem invalid(String detail) {
        return new Problem(400, "INVALID_ARGUMENT", detail);
    }

    static Problem notFound(String detail) {
        return new Problem(404, "NOT_FOUND", detail);
    }

    /** 409 {@code INVALID_STATE}: the 8.8 answer to a command on something in the wrong state (or denied). */
    static Problem conflict(String detail) {
        return new Problem(409, "INVALID_STATE", detail);
    }

    static Problem unavailable(String detail) {
        return new Problem(503, "RESOURCE_EXHAUSTED", detail);
    }

    static Problem methodNotAllowed(String detail) {
        return new Problem(405, "METHOD_NOT_ALLOWED", detail);
    }

    static Problem notImplemented(String detail) {
        return new Problem(501, "NOT_IMPLEMENTED", detail);
    }

    /** The problem for whatever failed a request: a problem stays, a rejection maps, anything else is 500. */
    static Problem of(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof Problem problem) {
            return problem;
        }
        if (cause instanceof Rejection rejection) {
            return switch (rejection.code()) {
                case INVALID_ARGUMENT -> invalid(rejection.getMessage());
                case NOT_FOUND -> notFound(rejection.getMessage());
                case FAILED_PRECONDITION -> new Problem(409, "INVALID_STATE", rejection.getMessage());
                case ALREADY_EXISTS -> new Problem(409, "ALREADY_EXISTS", rejection.getMessage());
                case DEADLINE_EXCEEDED -> new Problem(504, "DEADLINE_EXCEEDED", rejection.getMessage());
                case UNAVAILABLE -> new Problem(503, "RESOURCE_EXHAUSTED", rejection.getMessage());
            };
        }
        return null;
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }
}
