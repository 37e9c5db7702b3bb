package io.breachflow.filings;

/** A file was added to an incident's evidence locker. References and the hash only, no file name. */
public record EvidenceAdded(String incidentId, String itemId, String sha256, long sizeBytes, String actor) {
}
