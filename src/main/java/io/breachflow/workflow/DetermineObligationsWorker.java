package io.breachflow.workflow;

import io.breachflow.incidents.IncidentId;
import io.breachflow.incidents.IncidentIntake;
import io.breachflow.incidents.LawEnforcementRequests;
import io.breachflow.regimes.BreachFacts;
import io.breachflow.regimes.Cause;
import io.breachflow.regimes.Obligation;
import io.breachflow.regimes.ObligationCatalog;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code breach.determine-obligations}: derives the incident's obligations from its current facts, and
 * whether the cause calls for a police referral (an insider or an external attack).
 */
@Component
public class DetermineObligationsWorker {

    private static final Set<Cause> CRIMINAL_CAUSES = Set.of(Cause.INSIDER, Cause.EXTERNAL_ATTACK);

    private final IncidentIntake incidents;
    private final LawEnforcementRequests police;
    private final ObligationCatalog catalog;
    private final ObligationVariables variables;
    private final Clock clock;

    DetermineObligationsWorker(IncidentIntake incidents, LawEnforcementRequests police, ObligationCatalog catalog,
            ObligationVariables variables, ObjectProvider<Clock> clock) {
        this.incidents = incidents;
        this.police = police;
        this.catalog = catalog;
        this.variables = variables;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @JobWorker(type = JobTypes.DETERMINE_OBLIGATIONS)
    public Map<String, Object> determine(@Variable String incidentId) {
        BreachFacts facts = incidents.currentFacts(IncidentId.of(incidentId));
        List<Obligation> obligations = catalog.evaluate(facts).obligations();
        Instant now = clock.instant();
        boolean criminal = CRIMINAL_CAUSES.contains(facts.cause());
        // claimed once per incident: an officer's earlier request (or a retried job) already holds the referral
        boolean referral = criminal && police.claimReferralForCause(IncidentId.of(incidentId), facts.cause().name());
        // reminders count from each obligation's legal anchor (awareness, discovery, a milestone), not from now
        Function<Obligation, Instant> anchors = obligation -> catalog.anchorOf(obligation, facts).orElse(null);
        return Map.of("authorityObligations", variables.authorityReports(obligations, anchors, now),
                "noticeObligations", variables.customerNotices(obligations, anchors, now),
                "publicObligations", variables.publicNotices(obligations, anchors, now),
                "policeReferral", referral);
    }
}
