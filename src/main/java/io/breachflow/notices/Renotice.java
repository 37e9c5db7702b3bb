package io.breachflow.notices;

import java.time.Instant;

/**
 * A regulator-ordered re-notice: the earlier run whose letter must be sent again, corrected, and the order that
 * caused it. The corrected letter is a new version of the earlier letter (same incident, regime and kind) that
 * legal approves bound to its content hash like any letter; the later run sends it to everyone the earlier run
 * reached, and with {@code includeUnreached} also to those it did not.
 *
 * @param id the re-notice id
 * @param earlierRunId the run whose letter is corrected
 * @param incidentId the incident of the earlier letter
 * @param earlierVersionId the approved letter version the earlier run sent
 * @param reason what was wrong and why it is sent again, as the order says (free text; stays in this module and
 *     on the pages, never in process variables or the audit trail)
 * @param orderReference the regulator's reference of the order, or null
 * @param includeUnreached whether people the earlier run did not reach (BOUNCED, FAILED, SUPPRESSED) are included
 * @param letterVersionId the corrected letter version, null until drafted
 * @param cohortId the copied cohort, null until the run starts
 * @param laterRunId the run sending the corrected letter, null until legal approved it
 * @param requestedBy who asked for it (the drafter of the corrected letter)
 * @param requestedAt when
 */
public record Renotice(long id, long earlierRunId, String incidentId, long earlierVersionId, String reason,
        String orderReference, boolean includeUnreached, Long letterVersionId, Long cohortId, Long laterRunId,
        String requestedBy, Instant requestedAt) {
}
