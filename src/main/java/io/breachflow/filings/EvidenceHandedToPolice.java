package io.breachflow.filings;

/** A package was handed to the police under case {@code caseNumber}. */
public record EvidenceHandedToPolice(String incidentId, String packageId, String caseNumber, String actor) {
}
