package io.breachflow.audit;

import java.time.Instant;

/**
 * One breach-register entry: a suspected or reported incident with what triage decided and why, the
 * facts and effects (counts and categories, never personal data), the obligations it gave rise to, the
 * remedial action and, once closed, the lessons learned. GDPR Art. 33(5) asks for "the facts relating to
 * the personal data breach, its effects and the remedial action taken" for every breach, notified or not
 * (regulations.md 2.9); PIPEDA likewise for every breach (12.4).
 *
 * @param outcome {@code OPEN} (awaiting triage), {@code BREACH}, {@code SECURITY_INCIDENT} or {@code FALSE_ALARM}
 * @param affectedDetail people affected per jurisdiction, e.g. {@code KR 4500, US-CA 501}
 * @param obligations the obligation keys derived at intake, comma-separated
 */
public record RegisterEntry(String incidentId, Instant openedAt, String outcome, String reasoning,
                            String decidedBy, Instant decidedAt, String title, String cause,
                            String dataCategories, String awareAt, Long affectedTotal, String affectedDetail,
                            Boolean highRisk, Boolean encrypted, Integer latestRevision, String obligations,
                            String remedialAction, Instant closedAt, String lessonsLearned) {

    /** True when triage (or a direct report) confirmed a personal-data breach. */
    public boolean breach() {
        return "BREACH".equals(outcome);
    }
}
