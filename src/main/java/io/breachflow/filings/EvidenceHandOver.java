package io.breachflow.filings;

import java.time.Instant;

/**
 * A package handed to the police: to whom (the force or unit, null when the process recorded it without one),
 * under which police case reference, by whom and when. Kept beside the items' custody so the package's own
 * history reads in one place.
 */
public record EvidenceHandOver(String packageId, String incidentId, String handedTo, String caseNumber, String actor,
                               Instant at) {
}
