package io.breachflow.notices;

/**
 * A user tried to start or resume a run of a letter that is not an approved version (see
 * {@link LetterNotApprovedException.Reason}); nothing was sent. {@code runId} is null when no run was
 * created (a refused start). What the user named is kept as they named it, so the trail shows what was
 * attempted.
 */
public record NoticeRunRefused(Long runId, String incidentId, long cohortId, String template, String version,
        String contentHash, LetterNotApprovedException.Reason reason, String refusedBy) {
}
