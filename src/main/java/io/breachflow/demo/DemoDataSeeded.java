package io.breachflow.demo;

/**
 * The demo case was seeded: ids and counts only, for the audit trail.
 *
 * @param incidentId the demo incident
 * @param runId the finished notice run of the synthetic cohort
 * @param people how many synthetic customers the run reached
 * @param seconds how long seeding took
 */
public record DemoDataSeeded(String incidentId, long runId, long people, long seconds) {
}
