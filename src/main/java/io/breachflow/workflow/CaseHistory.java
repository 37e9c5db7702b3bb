package io.breachflow.workflow;

import io.breachflow.incidents.IncidentId;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * What the engine knows about a case's processes, read through the Camunda client's search API so the
 * same view works on the embedded engine and on a real cluster.
 *
 * <p>Contract (stub until the engine's search API lands): {@link #diagrams} returns the lifecycle instance
 * first, then every process it called, in start order; {@link #events} returns every element step of those
 * instances, oldest first.
 */
@Service
public class CaseHistory {

    /** The incident's process instances with their models and element states. */
    public List<CaseDiagram> diagrams(IncidentId incident) {
        return List.of();
    }

    /** Every element step of the incident's process instances, oldest first. */
    public List<CaseEvent> events(IncidentId incident) {
        return List.of();
    }
}
