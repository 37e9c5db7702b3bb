package io.breachflow.workflow;

import io.breachflow.incidents.IncidentId;
import io.breachflow.incidents.IncidentIntake;
import io.breachflow.regimes.Obligation;
import io.breachflow.regimes.ObligationCatalog;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** {@code breach.determine-obligations}: derives the incident's obligations from its current facts. */
@Component
public class DetermineObligationsWorker {

    private final IncidentIntake incidents;
    private final ObligationCatalog catalog;
    private final ObligationVariables variables;
    private final Clock clock;

    DetermineObligationsWorker(IncidentIntake incidents, ObligationCatalog catalog, ObligationVariables variables,
            ObjectProvider<Clock> clock) {
        this.incidents = incidents;
        this.catalog = catalog;
        this.variables = variables;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @JobWorker(type = JobTypes.DETERMINE_OBLIGATIONS)
    public Map<String, Object> determine(@Variable String incidentId) {
        List<Obligation> obligations = catalog.evaluate(incidents.currentFacts(IncidentId.of(incidentId)))
                .obligations();
        Instant now = clock.instant();
        return Map.of("obligations", variables.of(obligations, now),
                "authorityObligations", variables.authorityReports(obligations, now));
    }
}
