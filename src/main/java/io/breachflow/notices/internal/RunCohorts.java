package io.breachflow.notices.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Re-notice cohorts: the people an earlier run's ledger shows in the given final states, copied set-based by
 * one {@code INSERT … SELECT} (no row travels through the application, so 33.7 million people cost one
 * statement). A person appears once per run in the ledger, so the copy has no duplicates to look for.
 */
final class RunCohorts {

    /** Final ledger states a re-notice may copy; SENT is the people the earlier letter reached. */
    static final Set<String> FINAL = Set.of("SENT", "BOUNCED", "FAILED", "SUPPRESSED");

    private RunCohorts() {
    }

    static long copySent(Connection c, long cohortId, long runId) throws SQLException {
        return copy(c, cohortId, runId, Set.of("SENT"));
    }

    static long copy(Connection c, long cohortId, long runId, Set<String> statuses) throws SQLException {
        if (statuses.isEmpty() || !FINAL.containsAll(statuses)) {
            throw new IllegalArgumentException("Expected final ledger states among " + FINAL + ", but got " + statuses);
        }
        if (Jdbc.count(c, "SELECT count(*) FROM notice_run WHERE id = ?", runId) == 0) {
            throw new NoSuchElementException("Expected notice run " + runId + ", but there is none");
        }
        // the states are constants checked above, never input, so they may be spelled into the statement
        String in = statuses.stream().sorted().map(s -> "'" + s + "'").collect(Collectors.joining(", "));
        try (PreparedStatement copy = c.prepareStatement("INSERT INTO notice_recipient (cohort_id, line_no, person_id, "
                + "name, email, phone, jurisdiction, language, postal_address, address_note) "
                + "SELECT ?, r.line_no, r.person_id, r.name, r.email, r.phone, r.jurisdiction, r.language, "
                + "r.postal_address, r.address_note FROM notice_ledger l JOIN notice_recipient r ON r.id = l.recipient_id "
                + "WHERE l.run_id = ? AND l.status IN (" + in + ")")) {
            long copied = Jdbc.bind(copy, cohortId, runId).executeUpdate();
            c.commit();
            return copied;
        }
    }
}
