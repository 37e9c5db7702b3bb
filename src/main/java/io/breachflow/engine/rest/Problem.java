package io.breachflow.engine.rest;

/**
 * A request the REST subset answers with an RFC 7807 problem, shaped like the Orchestration Cluster's
 * ({@code type}, {@code title} in Camunda's upper-case style, {@code status}, {@code detail}, {@code instance}).
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

    int status() {
        return status;
    }

    String title() {
        return title;
    }
}
