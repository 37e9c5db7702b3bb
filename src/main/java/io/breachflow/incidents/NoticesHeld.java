package io.breachflow.incidents;

import java.util.List;

/**
 * A law-enforcement request, recorded by {@code recordedBy}, held these notices back; {@code workflow}
 * re-times their reminders and keeps their notice runs waiting until the hold ends.
 */
public record NoticesHeld(IncidentId incidentId, String holdId, List<LawEnforcementRequests.HeldObligation> held,
                          String recordedBy) {

    public NoticesHeld {
        held = List.copyOf(held);
    }
}
