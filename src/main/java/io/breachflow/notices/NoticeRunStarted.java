package io.breachflow.notices;

/**
 * A user started a notice run of an approved letter version ({@code template}, {@code version} and the
 * {@code contentHash} legal approved). Ids and hashes only, never personal data.
 */
public record NoticeRunStarted(long runId, String incidentId, long cohortId, String template, String version,
        String contentHash, String startedBy) {
}
