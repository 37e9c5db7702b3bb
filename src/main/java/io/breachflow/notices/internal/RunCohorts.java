package io.breachflow.notices.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.NoSuchElementException;

/** Re-notice cohorts: everyone a previous run reached, copied set-based in ledger-id chunks. */
final class RunCohorts {

    private static final long CHUNK = 50_000;

    private RunCohorts() {
    }

    static long copySent(Connection c, long cohortId, long runId) throws SQLException {
        if (Jdbc.count(c, "SELECT count(*) FROM notice_run WHERE id = ?", runId) == 0) {
            throw new NoSuchElementException("Expected notice run " + runId + ", but there is none");
        }
        long first = Jdbc.count(c, "SELECT COALESCE(MIN(id), 1) - 1 FROM notice_ledger WHERE run_id = ?", runId);
        long last = Jdbc.count(c, "SELECT COALESCE(MAX(id), 0) FROM notice_ledger WHERE run_id = ?", runId);
        long copied = 0;
        try (PreparedStatement copy = c.prepareStatement("INSERT INTO notice_recipient (cohort_id, line_no, person_id, "
                + "name, email, phone, jurisdiction, language, postal_address, address_note) "
                + "SELECT ?, r.line_no, r.person_id, r.name, r.email, r.phone, r.jurisdiction, r.language, "
                + "r.postal_address, r.address_note FROM notice_ledger l JOIN notice_recipient r ON r.id = l.recipient_id "
                + "WHERE l.run_id = ? AND l.status = 'SENT' AND l.id > ? AND l.id <= ? ORDER BY l.id")) {
            for (long lo = first; lo < last; lo += CHUNK) {
                copied += Jdbc.bind(copy, cohortId, runId, lo, Math.min(lo + CHUNK, last)).executeUpdate();
                c.commit();
            }
        }
        return copied;
    }
}
