package io.breachflow.notices;

import java.time.Instant;

/**
 * One letter a person was sent, or that was attempted, in one run: a row of the dispatch ledger with its run and
 * letter. No name or address: the caller already knows whom they asked about.
 *
 * @param runId the run
 * @param incidentId the incident the run notified for, or null
 * @param template the approved letter version ({@code KR-PIPA/individual-notice@v42})
 * @param letterVersionId the version id, or null for a run from before versions
 * @param letterNumber the version's number within its letter (1, 2, …), or null
 * @param contentHash the approved content hash the run sent
 * @param channel EMAIL, SMS or POST, or null when suppressed before any channel was chosen
 * @param status PENDING, SENDING, SENT, BOUNCED, FAILED or SUPPRESSED
 * @param attempts how many times it was tried
 * @param runStartedAt when the run was created
 * @param updatedAt the ledger row's last change (when it was sent, for a SENT row)
 * @param messageId the message id the channel accepted (also the email's Message-ID), or null
 * @param reason why it was suppressed, or null
 * @param renoticeOfRunId the earlier run this run re-sent a corrected letter for, or null
 */
public record LetterSent(long runId, String incidentId, String template, Long letterVersionId, Integer letterNumber,
        String contentHash, String channel, String status, int attempts, Instant runStartedAt, Instant updatedAt,
        String messageId, String reason, Long renoticeOfRunId) {
}
