package io.breachflow.incidents;

import java.util.List;

/**
 * A law-enforcement hold was lifted by {@code liftedBy}: {@code released} are the notices it held, with their
 * deadline given back and {@code heldUntil} null (or the end of another hold that still covers them);
 * {@code workflow} re-times their reminders and lets their notice runs go.
 */
public record NoticesReleased(IncidentId incidentId, String holdId,
                              List<LawEnforcementRequests.HeldObligation> released, String liftedBy) {

    public NoticesReleased {
        released = List.copyOf(released);
    }
}
