package io.breachflow.demo;

/**
 * An administrator removed the demo data: which incident, by whom, and how many rows went, for the audit trail.
 *
 * @param incidentId the demo incident, or null when seeding had not got as far as reporting it
 * @param removedBy the administrator
 * @param processes process instances cancelled
 * @param rows database rows deleted
 */
public record DemoDataRemoved(String incidentId, String removedBy, int processes, long rows) {
}
