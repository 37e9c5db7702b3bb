package io.breachflow.filings;

import java.time.Instant;
import java.util.List;

/**
 * One file in the evidence locker, without its content: what it is, its SHA-256 (hex) taken at upload,
 * and its chain of custody, oldest first. The hash lets the police check that the file they received is
 * the one uploaded; the custody list says who touched it since.
 */
public record EvidenceItem(String id, String incidentId, String fileName, String mediaType, long sizeBytes,
                           String sha256, String description, String uploadedBy, Instant uploadedAt,
                           List<Custody> custody) {

    public EvidenceItem {
        custody = List.copyOf(custody);
    }

    /** What can happen to an item while it is in the locker. */
    public enum CustodyAction {
        UPLOADED,
        VIEWED,
        DOWNLOADED,
        PACKAGED,
        HANDED_TO_POLICE
    }

    /**
     * One custody record: {@code reference} is the package id for {@code PACKAGED}, the police case number
     * for {@code HANDED_TO_POLICE}, otherwise null.
     */
    public record Custody(CustodyAction action, String actor, Instant at, String reference) {
    }
}
