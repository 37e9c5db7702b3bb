package io.breachflow.incidents;

/** An officer asked for a police referral of an incident whose cause did not already call for one. */
public record PoliceReferralRequested(IncidentId incidentId, String requestedBy) {
}
