package io.breachflow.audit;

import java.time.Instant;
import java.util.List;

/**
 * One breach-register entry: a suspected or reported incident with what triage decided and why, the
 * facts and effects (counts and categories, never personal data), the obligations it gave rise to, the
 * remedial action and, once closed, the lessons learned. GDPR Art. 33(5) asks for "the facts relating to
 * the personal data breach, its effects and the remedial action taken" for every breach, notified or not
 * (regulations.md 2.9); PIPEDA likewise for every breach (12.4).
 *
 * @param outcome {@code OPEN} (awaiting triage), {@code BREACH}, {@code SECURITY_INCIDENT} or {@code FALSE_ALARM}
 * @param affectedDetail people affected per jurisdiction, e.g. {@code KR 4500, US-CA 501}
 * @param latestRevision the number of the latest revision of the facts (1 at intake)
 * @param obligations the keys of the obligations the latest recorded revision requires (open or met),
 *                    comma-separated
 * @param drillRun the drill run the entry comes from (an exercise, not a breach), or null
 */
public record RegisterEntry(String incidentId, Instant openedAt, String outcome, String reasoning,
                            String decidedBy, Instant decidedAt, String title, String cause,
                            String dataCategories, String awareAt, Long affectedTotal, String affectedDetail,
                            Boolean highRisk, Boolean encrypted, Integer latestRevision, String obligations,
                            String remedialAction, Instant closedAt, String lessonsLearned, Long drillRun) {

    /** An entry that comes from no drill. */
    public RegisterEntry(String incidentId, Instant openedAt, String outcome, String reasoning, String decidedBy,
            Instant decidedAt, String title, String cause, String dataCategories, String awareAt, Long affectedTotal,
            String affectedDetail, Boolean highRisk, Boolean encrypted, Integer latestRevision, String obligations,
            String remedialAction, Instant closedAt, String lessonsLearned) {
        this(incidentId, openedAt, outcome, reasoning, decidedBy, decidedAt, title, cause, dataCategories, awareAt,
                affectedTotal, affectedDetail, highRisk, encrypted, latestRevision, obligations, remedialAction,
                closedAt, lessonsLearned, null);
    }

    static final String OBLIGATION_SEPARATOR = ", ";

    /** {@link #obligations()} as a list, for naming each one. */
    public List<String> obligationKeys() {
        return obligations == null || obligations.isBlank() ? List.of()
                : List.of(obligations.split(OBLIGATION_SEPARATOR));
    }

    /** {@link #dataCategories()} as codes ({@code NAME}, {@code EMAIL}), for naming each in the reader's language. */
    public List<String> dataCategoryCodes() {
        return dataCategories == null || dataCategories.isBlank() ? List.of()
                : List.of(dataCategories.split(", "));
    }

    /** True when triage (or a direct report) confirmed a personal-data breach. */
    public boolean breach() {
        return "BREACH".equals(outcome);
    }
}
