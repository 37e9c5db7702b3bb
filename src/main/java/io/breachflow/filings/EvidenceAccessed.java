package io.breachflow.filings;

/**
 * Someone looked at evidence: {@code action} is {@code LISTED} (the incident's item list, {@code itemId}
 * null), {@code VIEWED} (one item's details) or {@code DOWNLOADED} (its content). Evidence holds personal
 * data, so the audit module logs each of these in the personal-data access log.
 */
public record EvidenceAccessed(String incidentId, String itemId, String action, String actor) {
}
