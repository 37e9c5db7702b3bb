package io.breachflow.filings;

import java.time.Instant;

/**
 * A package for the police: the manifest (JSON listing every item with its SHA-256 and custody at
 * packaging time) and the SHA-256 of the manifest's UTF-8 bytes, recorded so the package handed over
 * can be checked later.
 */
public record EvidencePackage(String id, String incidentId, String createdBy, Instant createdAt, int items,
                              String manifest, String sha256) {
}
