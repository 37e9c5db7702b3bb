package io.breachflow.incidents;

import io.breachflow.regimes.BreachFactsJson;
import io.breachflow.regimes.DeadlineGap;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything stored about one incident, as the case workspace shows it: every fact revision (oldest
 * first, each with the complete facts) and the obligations with their status. Facts carry counts and
 * categories only; {@code reportedBy} and {@code storedBy} are account names, kept for accountability.
 */
public record IncidentRecord(IncidentId id, Instant reportedAt, String reportedBy, List<Revision> revisions,
        List<ObligationEntry> obligations) {

    public IncidentRecord {
        revisions = List.copyOf(revisions);
        obligations = List.copyOf(obligations);
    }

    /** The latest revision (revision 1 always exists). */
    public Revision latest() {
        return revisions.get(revisions.size() - 1);
    }

    /**
     * What changed, in the facts documents are written from, between revision {@code number} and the latest;
     * empty when nothing did or {@code number} is the latest.
     *
     * @throws IllegalArgumentException when the incident has no revision {@code number}
     */
    public java.util.List<io.breachflow.regimes.FactChange> changesSince(int number) {
        Revision from = revisions.stream().filter(revision -> revision.number() == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Expected incident " + id + " to have revision "
                        + number + ", but it has " + revisions.size()));
        return io.breachflow.regimes.FactChange.between(from.facts().toFacts(), latest().facts().toFacts());
    }

    /**
     * One stored revision.
     *
     * @param revisedAt when the facts changed, as the reviser said
     * @param storedAt when Breachflow stored them
     * @param recordedAt when the obligations were re-derived from them, or null while pending
     */
    public record Revision(int number, OffsetDateTime revisedAt, Instant storedAt, String storedBy, String note,
            BreachFactsJson facts, Instant recordedAt) {
    }

    /**
     * One obligation as stored.
     *
     * @param key the obligation's identity across revisions ({@code Obligation.key()})
     * @param dueAt the deadline, ISO-8601 with offset, or null when it waits for a milestone
     * @param sinceRevision the revision that gave rise to it
     * @param awaiting why there is no deadline (the catalog's reason), or null
     * @param countedBy who recorded a deadline counted by hand (a holiday calendar did not cover its year), or null
     */
    public record ObligationEntry(String key, String regime, String kind, String recipient, String jurisdiction,
            OffsetDateTime dueAt, ObligationStatus status, int sinceRevision, String awaiting, String countedBy) {

        /** An obligation whose deadline was not counted by hand. */
        public ObligationEntry(String key, String regime, String kind, String recipient, String jurisdiction,
                OffsetDateTime dueAt, ObligationStatus status, int sinceRevision, String awaiting) {
            this(key, regime, kind, recipient, jurisdiction, dueAt, status, sinceRevision, awaiting, null);
        }

        /** An obligation stored without a reason for a missing deadline. */
        public ObligationEntry(String key, String regime, String kind, String recipient, String jurisdiction,
                OffsetDateTime dueAt, ObligationStatus status, int sinceRevision) {
            this(key, regime, kind, recipient, jurisdiction, dueAt, status, sinceRevision, null, null);
        }

        /** Why there is no deadline, or null when there is one or the reason is unknown. */
        public DeadlineGap gap() {
            return dueAt == null ? DeadlineGap.of(awaiting) : null;
        }
    }
}
