package io.breachflow.engine.model;

import java.util.Map;

/**
 * What a job-based element hands to workers: type and retries (static or FEEL), the modelled
 * {@code zeebe:taskHeaders}, and for job-based user tasks the {@code io.camunda.zeebe:*} headers
 * (assignee, candidates, dates, form key) that are evaluated on activation.
 */
public record JobDefinition(Expression type, Expression retries, Map<String, String> headers,
        Map<String, UserTaskHeader> userTaskHeaders) {

    /** A reserved user-task header and how to render its value. */
    public record UserTaskHeader(Expression value, boolean list) {
    }
}
