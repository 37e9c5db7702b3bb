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
 * The runs and the per-person ledger in {@code notice_run} / {@code notice_ledger}. Every claimed row
 * records the node that claimed it ({@code claimed_by}), and every later write of a claimed row is
 * conditional on that node, so the rows of a node that was lost and taken over are never written by it again.
 * On PostgreSQL several nodes claim the same run: a claim is one {@code FOR UPDATE SKIP LOCKED} statement,
 * so no row is claimed twice and claimers never wait on each other. On H2 (one process owns the file) the
 * dispatcher serialises claims, so a claim is a SELECT of the next ids in order and one range UPDATE. Every
 * transition into a final state updates the run's counters in the same transaction (an atomic
 * {@code sent = sent + n}), so progress never counts the ledger and stays exact with several nodes.
 */
public final class JdbcLedgerStore {

    /** Ledger states. SENDING = claimed; it may or may not have reached the server. */
    enum Status { PENDING, SENDING, SENT, BOUNCED, FAILED, SUPPRESSED }

    record Sent(long ledgerId, String messageId) {
    }

    /** A row left SENDING by a crash: it may or may not have gone out. */
    record InDoubt(long ledgerId, Channel channel) {
    }

    /** As a claimer argument: rows whose claimer was not recorded (claimed before V58). */
    static final String UNRECORDED = "";

    private final DataSource dataSource;
    private volatile Boolean postgres;

    public JdbcLedgerStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    boolean postgres() throws SQLException {
        if (postgres == null) {
            try (Connection c = dataSource.getConnection()) {
                postgres = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                        .contains("postgres");
            }
        }
        return postgres;
    }

    /** {@code null}: any claimer; {@link #UNRECORDED}: none recorded; else that node. */
    private static String claimedBy(String claimer) {
        return claimer == null ? "" : claimer.isEmpty() ? " AND claimed_by IS NULL" : " AND claimed_by = ?";
    }

    private static Object[] args(String claimer, Object... args) {
        if (claimer == null || claimer.isEmpty()) {
            return args;
        }
        Object[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = claimer;
        return all;
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

    /** Records that node {@code nodeId} creates the ledger of the CREATING run (see V62). */
    void fillingBy(long runId, String nodeId) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Jdbc.update(c, "UPDATE notice_run SET filled_by = ? WHERE id = ? AND status = 'CREATING'", nodeId, runId);
        }
    }

    /** The CREATING runs whose ledger node {@code nodeId} was creating. */
    List<Long> creatingFilledBy(String nodeId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement query = c.prepareStatement("SELECT id FROM notice_run WHERE status = 'CREATING' "
                        + "AND filled_by = ? ORDER BY id")) {
            return Jdbc.list(Jdbc.bind(query, nodeId), rs -> rs.getLong(1));
        }
    }

    /** The languages of the cohort's people a run would reach by post; see {@link LedgerFill#postalLanguages}. */
    List<String> postalLanguages(long cohortId, Set<Channel> available) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return LedgerFill.postalLanguages(c, cohortId, available);
        }
    }

    /** SENDING rows of the run claimed by {@code claimer} (see {@link #claimedBy}). */
    List<InDoubt> inDoubt(long runId, String claimer) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement query = c.prepareStatement("SELECT id, channel FROM notice_ledger "
                        + "WHERE run_id = ? AND status = 'SENDING'" + claimedBy(claimer) + " ORDER BY run_id, status, id")) {
            return Jdbc.list(Jdbc.bind(query, args(claimer, runId)),
                    rs -> new InDoubt(rs.getLong(1), Channel.valueOf(rs.getString(2))));
        }
    }

    /**
     * After a crash or a lost node: of the rows {@code claimer} left SENDING, those the channel confirms
     * become SENT; the others go back to PENDING.
     */
    int resolveInDoubt(long runId, List<Sent> confirmed, long now, String claimer) throws SQLException {
        markSent(runId, confirmed, now, claimer);
        try (Connection c = dataSource.getConnection()) {
            return Jdbc.update(c, "UPDATE notice_ledger SET status = 'PENDING' WHERE run_id = ? AND status = 'SENDING'"
                    + claimedBy(claimer), args(claimer, runId));
        }
    }

    /** Whether any row of the run is SENDING (claimed by a node, alive or lost). */
    boolean hasSending(long runId) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return Jdbc.count(c, "SELECT count(*) FROM (SELECT id FROM notice_ledger WHERE run_id = ? "
                    + "AND status = 'SENDING' LIMIT 1) s", runId) > 0;
        }
    }

    /** Claims up to {@code limit} PENDING rows due at {@code now} for {@code claimer}, in id order. */
    List<ClaimedLetter> claim(long runId, int limit, long now, String claimer) throws SQLException {
        if (postgres()) {
            return claimSkippingLocked(runId, limit, now, claimer);
        }
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
                        + "updated_at = ?, claimed_by = ? WHERE run_id = ? AND status = 'PENDING' AND next_attempt_at <= ? "
                        + "AND id BETWEEN ? AND ?", now, claimer, runId, now, claimed.get(0).ledgerId(),
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

    /**
     * The PostgreSQL claim (parameters: run, now, limit, now, claimer). Due first, then in id order, read in that order
     * from {@code notice_ledger_pending} (V64), which holds only the rows still to send, so a claim never walks over
     * the millions already sent.
     */
    static final String CLAIM_SKIPPING_LOCKED = "WITH next AS (SELECT id FROM notice_ledger "
            + "WHERE run_id = ? AND status = 'PENDING' AND next_attempt_at <= ? "
            + "ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED), "
            + "claimed AS (UPDATE notice_ledger l SET status = 'SENDING', attempts = l.attempts + 1, "
            + "updated_at = ?, claimed_by = ? FROM next WHERE l.id = next.id "
            + "RETURNING l.id, l.attempts, l.channel, l.recipient_id) "
            + "SELECT k.id, k.attempts, k.channel, r.name, r.email, r.phone, r.postal_address, "
            + "r.jurisdiction, r.language FROM claimed k JOIN notice_recipient r ON r.id = k.recipient_id "
            + "ORDER BY k.id";

    /**
     * PostgreSQL, several nodes: lock the next PENDING rows nobody else holds, mark them SENDING for this
     * node and read what the letters need, in one statement (one round trip, one short transaction).
     */
    private List<ClaimedLetter> claimSkippingLocked(long runId, int limit, long now, String claimer)
            throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement claim = c.prepareStatement(CLAIM_SKIPPING_LOCKED)) {
            return Jdbc.list(Jdbc.bind(claim, runId, now, limit, now, claimer), rs -> new ClaimedLetter(rs.getLong(1),
                    rs.getInt(2), Channel.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
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
    void markSent(long runId, List<Sent> sent, long now, String claimer) throws SQLException {
        if (sent.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("UPDATE notice_ledger SET status = 'SENT', message_id = ?, "
                        + "smtp_code = 250, updated_at = ? WHERE id = ? AND status = 'SENDING'" + claimedBy(claimer))) {
            c.setAutoCommit(false);
            for (Sent s : sent) {
                Jdbc.bind(update, args(claimer, s.messageId(), now, s.ledgerId())).addBatch();
            }
            long changed = 0;
            for (int n : update.executeBatch()) {
                changed += Math.max(n, 0);
            }
            Jdbc.update(c, "UPDATE notice_run SET sent = sent + ? WHERE id = ?", changed, runId);
            c.commit();
        }
    }

    void markFinal(long runId, long ledgerId, Status status, int code, long now, String claimer) throws SQLException {
        String counter = switch (status) {
            case BOUNCED -> "bounced";
            case FAILED -> "failed";
            default -> throw new IllegalArgumentException("Expected BOUNCED or FAILED, but got " + status);
        };
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            int changed = Jdbc.update(c, "UPDATE notice_ledger SET status = ?, smtp_code = ?, updated_at = ? "
                    + "WHERE id = ? AND status = 'SENDING'" + claimedBy(claimer), args(claimer, status.name(), code, now,
                    ledgerId));
            Jdbc.update(c, "UPDATE notice_run SET " + counter + " = " + counter + " + ? WHERE id = ?", changed, runId);
            c.commit();
        }
    }

    void retryAt(long ledgerId, int code, long at, long now, String claimer) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Jdbc.update(c, "UPDATE notice_ledger SET status = 'PENDING', smtp_code = ?, next_attempt_at = ?, "
                    + "updated_at = ? WHERE id = ? AND status = 'SENDING'" + claimedBy(claimer),
                    args(claimer, code, at, now, ledgerId));
        }
    }

    /** Claimed rows that were not attempted (pause, cancel) go back without counting an attempt. */
    void release(List<ClaimedLetter> unsent, long now, String claimer) throws SQLException {
        if (unsent.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("UPDATE notice_ledger SET status = 'PENDING', "
                        + "attempts = attempts - 1, updated_at = ? WHERE id = ? AND status = 'SENDING'"
                        + claimedBy(claimer))) {
            for (ClaimedLetter letter : unsent) {
                Jdbc.bind(update, args(claimer, now, letter.ledgerId())).addBatch();
            }
            update.executeBatch();
        }
    }

    void setStatus(long runId, RunStatus status) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Jdbc.update(c, "UPDATE notice_run SET status = ? WHERE id = ?", status.name(), runId);
        }
    }

    /**
     * Moves the run to {@code status} only from one of {@code from}: when several nodes may decide at once
     * (the last sender of each node sees the run done), exactly one wins and reports the end.
     */
    boolean setStatusIf(long runId, RunStatus status, RunStatus... from) throws SQLException {
        String in = String.join(", ", java.util.Collections.nCopies(from.length, "?"));
        Object[] args = new Object[from.length + 2];
        args[0] = status.name();
        args[1] = runId;
        for (int i = 0; i < from.length; i++) {
            args[i + 2] = from[i].name();
        }
        try (Connection c = dataSource.getConnection()) {
            return Jdbc.update(c, "UPDATE notice_run SET status = ? WHERE id = ? AND status IN (" + in + ")", args) == 1;
        }
    }

    /** The status of each run (one query), for nodes that watch runs other nodes may pause or cancel. */
    java.util.Map<Long, RunStatus> statuses(java.util.Collection<Long> runIds) throws SQLException {
        java.util.Map<Long, RunStatus> statuses = new java.util.HashMap<>();
        if (runIds.isEmpty()) {
            return statuses;
        }
        String in = String.join(", ", java.util.Collections.nCopies(runIds.size(), "?"));
        try (Connection c = dataSource.getConnection();
                PreparedStatement query = c.prepareStatement("SELECT id, status FROM notice_run WHERE id IN (" + in + ")")) {
            Jdbc.list(Jdbc.bind(query, runIds.toArray()), rs -> statuses.put(rs.getLong(1),
                    RunStatus.valueOf(rs.getString(2))));
        }
        return statuses;
    }

    /** Runs that may still hold SENDING rows (all but COMPLETED). */
    List<Long> unfinishedRuns() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement query = c.prepareStatement("SELECT id FROM notice_run WHERE status <> 'COMPLETED' "
                        + "ORDER BY id")) {
            return Jdbc.list(query, rs -> rs.getLong(1));
        }
    }

    /**
     * Reserves {@code count} consecutive send slots {@code intervalMicros} apart for the run, cluster-wide:
     * one atomic upsert moves the run's next free slot; returns the first reserved slot (epoch µs).
     */
    long reserveSlots(long runId, int count, long intervalMicros, long nowMicros) throws SQLException {
        long span = count * intervalMicros;
        try (Connection c = dataSource.getConnection();
                PreparedStatement reserve = c.prepareStatement("INSERT INTO notice_run_rate (run_id, next_slot_micros) "
                        + "VALUES (?, ?) ON CONFLICT (run_id) DO UPDATE SET next_slot_micros = "
                        + "GREATEST(notice_run_rate.next_slot_micros, ?) + ? RETURNING next_slot_micros")) {
            return Jdbc.list(Jdbc.bind(reserve, runId, nowMicros + span, nowMicros, span), rs -> rs.getLong(1)).get(0)
                    - span;
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
