package io.breachflow.notices;

/**
 * The corrected letter of re-notice {@code renoticeId} went out in run {@code laterRunId}, replacing the letter of
 * {@code earlierRunId}, to {@code people} people. {@code orderReference} is the regulator's reference (a code), or
 * null. Ids, codes and counts only: the reason stays in the notices module.
 */
public record RenoticeRunStarted(long renoticeId, String incidentId, long earlierRunId, long laterRunId,
        long letterVersionId, String orderReference, boolean includeUnreached, long people, String startedBy) {
}
