package io.breachflow.drill;

import io.breachflow.incidents.ObligationMet;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps when each obligation was met, by the drill clock, in the same transaction as the status change. */
@Component
@Profile("drill")
class ObligationMetLog {

    private final DrillRuns runs;

    ObligationMetLog(DrillRuns runs) {
        this.runs = runs;
    }

    @EventListener
    void on(ObligationMet met) {
        runs.met(met.incidentId().toString(), met.obligationKey(), met.metAt());
    }
}
