package io.breachflow.notices.internal;

import io.breachflow.notices.ApprovedLetter;
import io.breachflow.notices.NoticeRun;
import io.breachflow.notices.NoticeWave;
import io.breachflow.notices.RunStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import javax.sql.DataSource;

/**
 * The runs and the per-person ledger in {@code notice_run} / {@code notice_ledger}. Only one claimer per
 * process (the dispatcher serialises claims), so a claim is a SELECT of the next ids in order and one
 * range UPDATE, portable across H2 and PostgreSQL.
 */
public final class JdbcLedgerStore {

    /** Ledger states. SENDING = claimed; it may or may not have reached the SMTP server. */
    enum Status { PENDING, SENDING, SENT, BOUNCED, FAILED, SUPPRESSED }

    record Sent(long ledgerId, String messageId) {
    }

    private static final long FILL_CHUNK = 50_000;

    private final DataSource dataSource;

    public JdbcLedgerStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Creates a run (CREATING; the dispatcher fills its ledger when it starts). */
    public long newRun(long cohortId, ApprovedLetter letter, NoticeWave wave, long now) {
        return NoticeDispatcher.sql(() -> createRun(cohortId, letter, wave, now));
    }

    public NoticeRun findRun(long runId) {
        return NoticeDispatcher.sql(() -> run(runId));
    }

    long createRun(long cohortId, ApprovedLetter letter, NoticeWave wave, long now) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String cohort = status(c, "SELECT status FROM notice_cohort WHERE id = ?", cohortId);
            if (!"READY".equals(cohort)) {
                throw new IllegalStateException("Expected cohort " + cohortId + " to be READY, but it is " + cohort);
            }
            return Jdbc.insertReturningId(c, "INSERT INTO notice_run (cohort_id, template, template_version, "
                    + "content_hash, status, messages_per_second, sessions, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    cohortId, letter.template(), letter.version(), letter.contentHash(), RunStatus.CREATING.name(),
                    wave.messagesPerSecond(), wave.sessions(), now);
        }
    }

    /**
     * One ledger row per recipient, PENDING when there is an email address, otherwise SUPPRESSED with
     * the fallback channel. Set-based in committed id-range chunks; resumable after a crash because it
     * continues after the highest recipient already in the ledger.
     */
    void fillLedger(long runId, long now) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            long cohortId = Jdbc.count(c, "SELECT cohort_id FROM notice_run WHERE id = ?", runId);
            long from = Jdbc.count(c, "SELECT COALESCE(MAX(recipient_id), 0) FROM notice_ledger WHERE run_id = ?", runId);
            long last = Jdbc.count(c, "SELECT COALESCE(MAX(id), 0) FROM notice_recipient WHERE cohort_id = ?", cohortId);
            try (PreparedStatement fill = c.prepareStatement("INSERT INTO notice_ledger (run_id, recipient_id, status, "
                    + "fallback_channel, updated_at) SELECT ?, r.id, "
                    + "CASE WHEN r.email IS NOT NULL THEN 'PENDING' ELSE 'SUPPRESSED' END, "
                    + "CASE WHEN r.email IS NOT NULL THEN NULL WHEN r.phone IS NOT NULL THEN 'SMS' ELSE 'POST' END, ? "
                    + "FROM notice_recipient r WHERE r.cohort_id = ? AND r.id > ? AND r.id <= ? ORDER BY r.id")) {
                for (long lo = from; lo < last; lo += FILL_CHUNK) {
                    Jdbc.bind(fill, runId, now, cohortId, lo, Math.min(lo + FILL_CHUNK, last)).executeUpdate();
                }
            }
            Jdbc.update(c, "UPDATE notice_run SET status = 'RUNNING' WHERE id = ? AND status = 'CREATING'", runId);
        }
    }

    /** After a crash: claimed rows go back to PENDING; they are re-sent with the same Message-ID. */
    int recoverClaimed(long runId) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return Jdbc.update(c, "UPDATE notice_ledger SET status = 'PENDING' WHERE run_id = ? AND status = 'SENDING'",
                    runId);
        }
    }

    List<ClaimedLetter> claim(long runId, int limit, long now) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<ClaimedLetter> claimed;
            try (PreparedStatement next = c.prepareStatement("SELECT l.id, l.attempts, r.name, r.email, "
                    + "r.jurisdiction, r.language FROM notice_ledger l JOIN notice_recipient r ON r.id = l.recipient_id "
                    + "WHERE l.run_id = ? AND l.status = 'PENDING' AND l.next_attempt_at <= ? "
                    // the whole claim index in ORDER BY: H2 then reads it in order instead of sorting the run
                    + "ORDER BY l.run_id, l.status, l.id LIMIT ?")) {
                claimed = Jdbc.list(Jdbc.bind(next, runId, now, limit), rs -> new ClaimedLetter(rs.getLong(1),
                        rs.getInt(2) + 1, rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
            }
            if (!claimed.isEmpty()) {
                int updated = Jdbc.update(c, "UPDATE notice_ledger SET status = 'SENDING', attempts = attempts + 1, "
                        + "updated_at = ? WHERE run_id = ? AND status = 'PENDING' AND next_attempt_at <= ? "
                        + "AND id BETWEEN ? AND ?", now, runId, now, claimed.get(0).ledgerId(),
                        claimed.get(claimed.size() - 1).ledgerId());
                if (updated != claimed.size()) {
                    c.rollback();
                    throw new IllegalStateException("Expected to claim " + claimed.size() + " rows of run " + runId
                            + ", but " + updated + " matched: is a second dispatcher running?");
                }
            }
            c.commit();
            return claimed;
        }
    }

    /** The earliest retry time of a PENDING row, or -1 when none is left. */
    long nextPendingAt(long runId) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return Jdbc.count(c, "SELECT COALESCE(MIN(next_attempt_at), -1) FROM notice_ledger "
                    + "WHERE run_id = ? AND status = 'PENDING'", runId);
        }
    }

    void markSent(List<Sent> sent, long now) throws SQLException {
        if (sent.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("UPDATE notice_ledger SET status = 'SENT', message_id = ?, "
                        + "smtp_code = 250, updated_at = ? WHERE id = ? AND status = 'SENDING'")) {
            for (Sent s : sent) {
                Jdbc.bind(update, s.messageId(), now, s.ledgerId()).addBatch();
            }
            update.executeBatch();
        }
    }

    void markFinal(long ledgerId, Status status, int smtpCode, long now) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Jdbc.update(c, "UPDATE notice_ledger SET status = ?, smtp_code = ?, updated_at = ? WHERE id = ?",
                    status.name(), smtpCode, now, ledgerId);
        }
    }

    void retryAt(long ledgerId, int smtpCode, long at, long now) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Jdbc.update(c, "UPDATE notice_ledger SET status = 'PENDING', smtp_code = ?, next_attempt_at = ?, "
                    + "updated_at = ? WHERE id = ?", smtpCode, at, now, ledgerId);
        }
    }

    /** Claimed rows that were not attempted (pause, cancel) go back without counting an attempt. */
    void release(List<ClaimedLetter> unsent, long now) throws SQLException {
        if (unsent.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("UPDATE notice_ledger SET status = 'PENDING', "
                        + "attempts = attempts - 1, updated_at = ? WHERE id = ? AND status = 'SENDING'")) {
            for (ClaimedLetter letter : unsent) {
                Jdbc.bind(update, now, letter.ledgerId()).addBatch();
            }
            update.executeBatch();
        }
    }

    void setStatus(long runId, RunStatus status) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Jdbc.update(c, "UPDATE notice_run SET status = ? WHERE id = ?", status.name(), runId);
        }
    }

    NoticeRun run(long runId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement query = c.prepareStatement("SELECT cohort_id, template, template_version, content_hash, "
                        + "messages_per_second, sessions, status FROM notice_run WHERE id = ?")) {
            List<NoticeRun> runs = Jdbc.list(Jdbc.bind(query, runId), rs -> new NoticeRun(runId, rs.getLong(1),
                    new ApprovedLetter(rs.getString(2), rs.getString(3), rs.getString(4)),
                    new NoticeWave(rs.getInt(5), rs.getInt(6)), RunStatus.valueOf(rs.getString(7))));
            if (runs.isEmpty()) {
                throw new NoSuchElementException("Expected notice run " + runId + ", but there is none");
            }
            return runs.get(0);
        }
    }

    List<Long> runsIn(RunStatus status) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement query = c.prepareStatement("SELECT id FROM notice_run WHERE status = ? ORDER BY id")) {
            return Jdbc.list(Jdbc.bind(query, status.name()), rs -> rs.getLong(1));
        }
    }

    Map<Status, Long> counts(long runId) throws SQLException {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0L);
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement query = c.prepareStatement(
                        "SELECT status, count(*) FROM notice_ledger WHERE run_id = ? GROUP BY status")) {
            try (ResultSet rs = Jdbc.bind(query, runId).executeQuery()) {
                while (rs.next()) {
                    counts.put(Status.valueOf(rs.getString(1)), rs.getLong(2));
                }
            }
        }
        return counts;
    }

    private static String status(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql)) {
            List<String> found = Jdbc.list(Jdbc.bind(query, id), rs -> rs.getString(1));
            if (found.isEmpty()) {
                throw new NoSuchElementException("Expected " + id + " to exist, but it does not");
            }
            return found.get(0);
        }
    }
}
