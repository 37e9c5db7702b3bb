package io.breachflow.filings;

/** A police package was built; {@code sha256} is the hash of its manifest. */
public record EvidencePackaged(String incidentId, String packageId, String sha256, int items, String actor) {
}
