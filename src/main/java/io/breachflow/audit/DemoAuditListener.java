package io.breachflow.audit;

import io.breachflow.demo.DemoDataRemoved;
import io.breachflow.demo.DemoDataSeeded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the demo case's seeding and its removal in the audit trail (ids and counts only), so an auditor can
 * tell the made-up case's entries from real work and see who removed it.
 */
@Component
class DemoAuditListener {

    private final AuditTrail trail;

    DemoAuditListener(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(DemoDataSeeded seeded) {
        trail.append(AuditListeners.SYSTEM, "DEMO_DATA_SEEDED", seeded.incidentId(), "run=" + seeded.runId()
                + " people=" + seeded.people() + " seconds=" + seeded.seconds());
    }

    @EventListener
    void on(DemoDataRemoved removed) {
        trail.append(removed.removedBy(), "DEMO_DATA_REMOVED", removed.incidentId(), "processesCancelled="
                + removed.processes() + " rowsDeleted=" + removed.rows());
    }
}
