package io.breachflow.regimes;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Every obligation still open across incidents, for the deadline dashboard. The incidents module
 * owns the obligations and implements this; {@code regimes} only reads, so the dependency keeps
 * pointing from incidents to regimes.
 */
public interface OpenObligations {

    /**
     * One open obligation of one incident; {@code openedAt} (when the incident was reported) starts the
     * window the at-risk rule measures; {@code dueAt} is null where the law names no fixed time, and then
     * {@code awaiting} says why (the catalog's reason, {@link Deadline#awaiting()}), null if unknown;
     * {@code incidentTitle} names the case as the inbox and workspace do (null when it has none).
     */
    record Tracked(String incidentId, String key, String regime, String kind, String recipient,
                   String jurisdiction, OffsetDateTime dueAt, Instant openedAt, String awaiting,
                   String incidentTitle) {

        /** An obligation tracked without the incident's title. */
        public Tracked(String incidentId, String key, String regime, String kind, String recipient,
                       String jurisdiction, OffsetDateTime dueAt, Instant openedAt, String awaiting) {
            this(incidentId, key, regime, kind, recipient, jurisdiction, dueAt, openedAt, awaiting, null);
        }

        /** An obligation tracked without a reason for a missing deadline. */
        public Tracked(String incidentId, String key, String regime, String kind, String recipient,
                       String jurisdiction, OffsetDateTime dueAt, Instant openedAt) {
            this(incidentId, key, regime, kind, recipient, jurisdiction, dueAt, openedAt, null, null);
        }

        /** How the dashboard names the case: its title, or the start of its id when it has none. */
        public String incidentLabel() {
            return incidentTitle == null || incidentTitle.isBlank()
                    ? incidentId.substring(0, Math.min(8, incidentId.length())) : incidentTitle.strip();
        }

        /** Why there is no deadline, or null when there is one or the reason is unknown. */
        public DeadlineGap gap() {
            return dueAt == null ? DeadlineGap.of(awaiting) : null;
        }
    }

    /** Open obligations, earliest deadline first, those without one last. */
    List<Tracked> open();
}
