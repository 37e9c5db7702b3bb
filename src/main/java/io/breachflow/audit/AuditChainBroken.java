package io.breachflow.audit;

import java.time.Instant;

/**
 * The audit chain failed verification (at start-up, on schedule or on request): published once per new
 * finding, so other modules may react; the audit module itself mails the DPO and the auditors.
 *
 * @param brokenAt the first affected sequence
 * @param problem what is wrong there ("Expected …, but …"); ids and hashes only, no personal data
 * @param detectedAt when the verification found it
 */
public record AuditChainBroken(long brokenAt, String problem, Instant detectedAt) {
}
