package io.breachflow.notices.internal;

import io.breachflow.notices.ApprovedLetter;
import io.breachflow.notices.Channel;
import io.breachflow.notices.NoticeRun;
import io.breachflow.notices.NoticeWave;
import io.breachflow.notices.RunStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The runs and the per-person ledger in {@code notice_run} / {@code notice_ledger}. Only one claimer per
 * process (the dispatcher serialises claims), so a claim is a SELECT of the next ids in order and one
 * range UPDATE, portable across H2 and PostgreSQL. Every transition into a final state updates the
 * run's counters in the same transaction, so progress never counts the ledger.
 */
public final class JdbcLedgerStore {

    /** Ledger states. SENDING = claimed; it may or may not have reached the server. */
    enum Status { PENDING, SENDING, SENT, BOUNCED, FAILED, SUPPRESSED }

    record Sent(long ledgerId, String messageId) {
    }

    /** A row left SENDING by a crash: it may or may not have gone out. */
    record InDoubt(long ledgerId, Channel channel) {
    }

    private final DataSource dataSource;

    public JdbcLedgerStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Creates a run (CREATING; the dispatcher fills its ledger when it starts). */
    public long newRun(long cohortId, ApprovedLetter letter, NoticeWave wave, long now) {
        return newRun(cohortId, letter, wave, null, now);
    }

    public long newRun(long cohortId, ApprovedLetter letter, NoticeWave wave, String incidentId, long now) {
        return NoticeDispatcher.sql(() -> {
            try (Connection c = dataSource.getConnection()) {
                String cohort = Jdbc.string(c, "SELECT status FROM notice_cohort WHERE id = ?", cohortId);
                if (!"READY".equals(cohort)) {
                    throw new IllegalStateException("Expected cohort " + cohortId + " to be READY, but it is "
                            + (cohort == null ? "missing" : cohort));
                }
                return Jdbc.insertReturningId(c, "INSERT INTO notice_run (cohort_id, template, template_version, "
                        + "content_hash, status, messages_per_second, sessions, created_at, incident_id, channels) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", cohortId, letter.template(), letter.version(),
                        letter.contentHash(), RunStatus.CREATING.name(), wave.messagesPerSecond(), wave.sessions(), now,
                        incidentId, channelsColumn(wave));
            }
        });
    }

    /** {@code EMAIL,SMS}, or null when the run may use every channel (as runs stored before V49). */
    private static String channelsColumn(NoticeWave wave) {
        return wave.allChannels() ? null : java.util.Arrays.stream(Channel.values()).filter(wave.channels()::contains)
                .map(Channel::name).collect(java.util.stream.Collectors.joining(","));
    }

    private static Set<Channel> channels(String column) {
        if (column == null) {
            return java.util.EnumSet.allOf(Channel.class);
        }
        Set<Channel> channels = java.util.EnumSet.noneOf(Channel.class);
        for (String name : column.split(",")) {
            channels.add(Channel.valueOf(name));
        }
        return channels;
    }

    public NoticeRun findRun(long runId) {
        return NoticeDispatcher.sql(() -> run(runId));
    }

    /**
     * One ledger row per recipient on the first channel that reaches them; see {@link LedgerFill}.
     *
     * @param chosen whether the run was limited to some channels (the reason for the unreachable says so)
     */
    void fillLedger(long runId, long now, Set<Channel> available, boolean chosen) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            LedgerFill.fill(c, runId, now, available, chosen);
        }
    }

    /** The languages of the cohort's people a run would reach by post; see {@link LedgerFill#postalLanguages}. */
    List<String> postalLanguages(long cohortId, Set<Channel> available) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return LedgerFill.postalLanguages(c, cohortId, available);
        }
    }

    List<InDoubt> inDoubt(long runId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement query = c.prepareStatement("SELECT id, channel FROM notice_ledger "
                        + "WHERE run_id = ? AND status = 'SENDING' ORDER BY run_id, status, id")) {
            return Jdbc.list(Jdbc.bind(query, runId), rs -> new InDoubt(rs.getLong(1), Channel.valueOf(rs.getString(2))));
        }
    }

    /** After a crash: rows the channel confirms become SENT; the other claimed rows go back to PENDING. */
    int resolveInDoubt(long runId, List<Sent> confirmed, long now) throws SQLException {
        markSent(runId, confirmed, now);
        try (Connection c = dataSource.getConnection()) {
            return Jdbc.update(c, "UPDATE notice_ledger SET status = 'PENDING' WHERE run_id = ? AND status = 'SENDING'",
                    runId);
        }
    }

    List<ClaimedLetter> claim(long runId, int limit, long now) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<ClaimedLetter> claimed;
            try (PreparedStatement next = c.prepareStatement("SELECT l.id, l.attempts, l.channel, r.name, r.email, "
                    + "r.phone, r.postal_address, r.jurisdiction, r.language FROM notice_ledger l "
                    + "JOIN notice_recipient r ON r.id = l.recipient_id "
                    + "WHERE l.run_id = ? AND l.status = 'PENDING' AND l.next_attempt_at <= ? "
                    // the whole claim index in ORDER BY: H2 then reads it in order instead of sorting the run
                    + "ORDER BY l.run_id, l.status, l.id LIMIT ?")) {
                claimed = Jdbc.list(Jdbc.bind(next, runId, now, limit), rs -> new ClaimedLetter(rs.getLong(1),
                        rs.getInt(2) + 1, Channel.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
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

    /** SENDING rows become SENT with their message ids, and the run's counter moves, in one transaction. */
    void markSent(long runId, List<Sent> sent, long now) throws SQLException {
        if (sent.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("UPDATE notice_ledger SET status = 'SENT', message_id = ?, "
                        + "smtp_code = 250, updated_at = ? WHERE id = ? AND status = 'SENDING'")) {
            c.setAutoCommit(false);
            for (Sent s : sent) {
                Jdbc.bind(update, s.messageId(), now, s.ledgerId()).addBatch();
            }
            long changed = 0;
            for (int n : update.executeBatch()) {
                changed += Math.max(n, 0);
            }
            Jdbc.update(c, "UPDATE notice_run SET sent = sent + ? WHERE id = ?", changed, runId);
            c.commit();
        }
    }

    void markFinal(long runId, long ledgerId, Status status, int code, long now) throws SQLException {
        String counter = switch (status) {
            case BOUNCED -> "bounced";
            case FAILED -> "failed";
            default -> throw new IllegalArgumentException("Expected BOUNCED or FAILED, but got " + status);
        };
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            int changed = Jdbc.update(c, "UPDATE notice_ledger SET status = ?, smtp_code = ?, updated_at = ? "
                    + "WHERE id = ? AND status = 'SENDING'", status.name(), code, now, ledgerId);
            Jdbc.update(c, "UPDATE notice_run SET " + counter + " = " + counter + " + ? WHERE id = ?", changed, runId);
            c.commit();
        }
    }

    void retryAt(long ledgerId, int code, long at, long now) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Jdbc.update(c, "UPDATE notice_ledger SET status = 'PENDING', smtp_code = ?, next_attempt_at = ?, "
                    + "updated_at = ? WHERE id = ?", code, at, now, ledgerId);
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
                        + "messages_per_second, sessions, status, incident_id, channels FROM notice_run WHERE id = ?")) {
            List<NoticeRun> runs = Jdbc.list(Jdbc.bind(query, runId), rs -> new NoticeRun(runId, rs.getLong(1),
                    new ApprovedLetter(rs.getString(2), rs.getString(3), rs.getString(4)),
                    new NoticeWave(rs.getInt(5), rs.getInt(6), channels(rs.getString(9))),
                    RunStatus.valueOf(rs.getString(7)), rs.getString(8)));
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

    /** The newest runs, newest first. */
    public List<NoticeRun> recentRuns(int limit) {
        return NoticeDispatcher.sql(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(
                    "SELECT id FROM notice_run ORDER BY id DESC LIMIT ?")) {
                List<Long> ids = Jdbc.list(Jdbc.bind(query, limit), rs -> rs.getLong(1));
                List<NoticeRun> runs = new java.util.ArrayList<>(ids.size());
                for (long id : ids) {
                    runs.add(run(id));
                }
                return runs;
            }
        });
    }

    /** The run's counters: one row read. */
    RunCounts counts(long runId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement query = c.prepareStatement(
                        "SELECT total, sent, bounced, failed, suppressed FROM notice_run WHERE id = ?")) {
            List<RunCounts> found = Jdbc.list(Jdbc.bind(query, runId), rs -> new RunCounts(rs.getLong(1), rs.getLong(2),
                    rs.getLong(3), rs.getLong(4), rs.getLong(5)));
            if (found.isEmpty()) {
                throw new NoSuchElementException("Expected notice run " + runId + ", but there is none");
            }
            return found.get(0);
        }
    }
}
