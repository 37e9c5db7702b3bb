package io.breachflow.notices.internal;

import io.breachflow.notices.Channel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Creates a run's ledger: one row per recipient, set-based in committed recipient-id chunks together with
 * the run's counters, resumable after a crash because it continues after the highest recipient already
 * in the ledger. The channel is the first of the run's channels that reaches the person: a valid email address, else a phone
 * number (if an SMS gateway is configured), else a postal address (if post is configured). Nobody
 * reachable: SUPPRESSED with the reason (the import's note when an address was invalid).
 */
final class LedgerFill {

    private static final long CHUNK = 50_000;
    /** Bound as (email, sms, post): 1 when the channel is available to the run. */
    private static final String CHANNEL = "CASE WHEN r.email IS NOT NULL AND ? = 1 THEN 'EMAIL' "
            + "WHEN r.phone IS NOT NULL AND ? = 1 THEN 'SMS' WHEN r.postal_address IS NOT NULL AND ? = 1 THEN 'POST' END";
    /** Bound as (chosen): 1 when the run was limited to some channels. */
    private static final String REASON = "CASE WHEN ? = 1 AND (r.email IS NOT NULL OR r.phone IS NOT NULL OR "
            + "r.postal_address IS NOT NULL) THEN 'not reachable on the channels chosen for this run' "
            + "WHEN r.phone IS NOT NULL THEN 'phone number only, and no SMS gateway "
            + "is configured' WHEN r.postal_address IS NOT NULL THEN 'postal address only, and post is not configured' "
            + "WHEN r.address_note IS NOT NULL THEN r.address_note ELSE 'no email, phone or postal address' END";
    private static final String RANGE = " FROM notice_recipient r WHERE r.cohort_id = ? AND r.id > ? AND r.id <= ? AND ";

    private LedgerFill() {
    }

    /**
     * The languages of the cohort's people whom a run would reach by post (the channel chosen as {@link #fill}
     * chooses it), for checking that their letters can be printed; empty when post is not available.
     */
    static List<String> postalLanguages(Connection c, long cohortId, Set<Channel> available) throws SQLException {
        if (!available.contains(Channel.POST)) {
            return List.of();
        }
        int email = available.contains(Channel.EMAIL) ? 1 : 0;
        int sms = available.contains(Channel.SMS) ? 1 : 0;
        try (PreparedStatement query = c.prepareStatement("SELECT DISTINCT r.language FROM notice_recipient r "
                + "WHERE r.cohort_id = ? AND r.postal_address IS NOT NULL AND " + CHANNEL
                + " = 'POST' ORDER BY r.language")) {
            return Jdbc.list(Jdbc.bind(query, cohortId, email, sms, 1), rs -> rs.getString(1));
        }
    }

    /** @param chosen the run was limited to some channels: the unreachable are told so */
    static void fill(Connection c, long runId, long now, Set<Channel> available, boolean chosen) throws SQLException {
        c.setAutoCommit(false);
        int email = available.contains(Channel.EMAIL) ? 1 : 0;
        int limited = chosen ? 1 : 0;
        int sms = available.contains(Channel.SMS) ? 1 : 0;
        int post = available.contains(Channel.POST) ? 1 : 0;
        long cohortId = Jdbc.count(c, "SELECT cohort_id FROM notice_run WHERE id = ?", runId);
        long from = Jdbc.count(c, "SELECT COALESCE(MAX(recipient_id), 0) FROM notice_ledger WHERE run_id = ?", runId);
        long last = Jdbc.count(c, "SELECT COALESCE(MAX(id), 0) FROM notice_recipient WHERE cohort_id = ?", cohortId);
        try (PreparedStatement reachable = c.prepareStatement("INSERT INTO notice_ledger (run_id, recipient_id, status, "
                + "channel, reason, updated_at) SELECT ?, r.id, 'PENDING', " + CHANNEL + ", r.address_note, ?" + RANGE + CHANNEL
                + " IS NOT NULL ORDER BY r.id");
                PreparedStatement unreachable = c.prepareStatement("INSERT INTO notice_ledger (run_id, recipient_id, "
                        + "status, reason, updated_at) SELECT ?, r.id, 'SUPPRESSED', " + REASON + ", ?" + RANGE + CHANNEL
                        + " IS NULL ORDER BY r.id");
                PreparedStatement counters = c.prepareStatement(
                        "UPDATE notice_run SET total = total + ?, suppressed = suppressed + ? WHERE id = ?")) {
            for (long lo = from; lo < last; lo += CHUNK) {
                long hi = Math.min(lo + CHUNK, last);
                long pending = Jdbc.bind(reachable, runId, email, sms, post, now, cohortId, lo, hi, email, sms, post)
                        .executeUpdate();
                long suppressed = Jdbc.bind(unreachable, runId, limited, now, cohortId, lo, hi, email, sms, post)
                        .executeUpdate();
                Jdbc.bind(counters, pending + suppressed, suppressed, runId).executeUpdate();
                c.commit();
            }
            Jdbc.update(c, "UPDATE notice_run SET status = 'RUNNING' WHERE id = ? AND status = 'CREATING'", runId);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }
}
