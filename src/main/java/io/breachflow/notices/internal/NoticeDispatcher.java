package io.breachflow.notices.internal;

import io.breachflow.cluster.ClusterNode;
import io.breachflow.notices.ApprovedLetter;
import io.breachflow.notices.Channel;
import io.breachflow.notices.LetterNotApprovedException;
import io.breachflow.notices.NoticeRun;
import io.breachflow.notices.RunProgress;
import io.breachflow.notices.RunStatus;
import io.breachflow.notices.UnprintableLetterException;
import io.breachflow.notices.internal.JdbcLedgerStore.Sent;
import io.breachflow.notices.internal.JdbcLedgerStore.Status;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a run's letters: {@code sessions} sender threads, each with its own SMTP connection, claim ledger
 * rows in id order, render, send on the row's channel and record SENT with the reference.
 *
 * <p><b>Exactly once across crashes.</b> A row is SENDING (attempt counted) before its letter goes out,
 * and SENT once the server accepted it. After a crash, each SENDING row is looked up in its channel's
 * own record (see {@link InDoubtResolver}): what was accepted becomes SENT, the rest is sent again with
 * the <em>same</em> reference {@code <run-R-p-L@breachflow>}. Where a channel keeps no readable record
 * (an email relay without a {@code MailDeliveryLog}), a letter accepted in the window before its SENT
 * was written (at most {@code ledgerFlush} per sender thread) goes out twice with one Message-ID.
 *
 * <p><b>Several nodes</b> (PostgreSQL, {@link ClusterNode#clustered()}): every node sends every RUNNING run
 * ({@link ClusterRuns} joins it within a poll), claims record the node, the run's ceiling is paced through the
 * database ({@link ClusterThrottle}), a pause or cancel made on any node stops the others within a poll, and
 * the rows a lost node left SENDING are resolved through the channel's record by the one survivor that took
 * it over ({@link #resolveLost}), as a restart resolves them. A node sends only while it holds its lease.
 */
public final class NoticeDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NoticeDispatcher.class);
    private static final long IDLE_POLL_MS = 200;

    private final JdbcLedgerStore store;
    private final LetterRenderer renderer;
    private final DispatchChannels channels;
    private final DispatchSettings settings;
    private final Clock clock;
    private final RunListener listener;
    private final InDoubtResolver inDoubt;
    private final ClusterNode node;
    private final Set<Long> refusedToJoin = ConcurrentHashMap.newKeySet();
    private final Map<Long, ActiveRun> active = new ConcurrentHashMap<>();
    private final ClusterRate clusterRate = new ClusterRate(System::nanoTime);
    private volatile Consumer<ApprovedLetter> approvedOnly = letter -> { };
    private volatile boolean halted;

    public NoticeDispatcher(JdbcLedgerStore store, LetterRenderer renderer, MailGateway gateway,
            DispatchSettings settings, Clock clock) {
        this(store, renderer, DispatchChannels.mailOnly(gateway), settings, clock, RunListener.NONE);
    }

    public NoticeDispatcher(JdbcLedgerStore store, LetterRenderer renderer, DispatchChannels channels,
            DispatchSettings settings, Clock clock, RunListener listener) {
        this(store, renderer, channels, settings, clock, listener, ClusterNode.alone());
    }

    public NoticeDispatcher(JdbcLedgerStore store, LetterRenderer renderer, DispatchChannels channels,
            DispatchSettings settings, Clock clock, RunListener listener, ClusterNode node) {
        this.node = node;
        this.store = store;
        this.renderer = renderer;
        this.channels = channels;
        this.settings = settings;
        this.clock = clock;
        this.listener = listener;
        this.inDoubt = new InDoubtResolver(channels);
    }

    /**
     * The check every run's letter passes before its senders start, also when runs resume on startup (the
     * notices module wires its approved-version check in; it throws to refuse).
     */
    public void requireApproved(Consumer<ApprovedLetter> check) {
        this.approvedOnly = check;
    }

    /**
     * Starts or resumes sending; rows left SENDING by a crash are resolved first.
     *
     * @throws UnprintableLetterException when post is configured, the cohort has people reached by post and
     *     their letter has characters no print font has (see {@link #checkPrintable}); nothing is started
     */
    public synchronized void start(long runId) {
        awaitStopped(runId);
        NoticeRun run = resumable(runId);
        approvedOnly.accept(run.letter());
        checkPrintable(run.cohortId(), run.letter().template(), run.wave().channels());
        begin(run);
    }

    /**
     * Starts a run just created for a letter that {@link #checkPrintable} passed (as {@code start}, without
     * checking the letter again).
     */
    public synchronized void startChecked(long runId) {
        awaitStopped(runId);
        begin(resumable(runId));
    }

    /**
     * Refuses a run whose postal letters would lose characters: for each language in which the cohort's
     * people reached by post get the letter, its print version (with and without a name) must show only
     * characters the print fonts have. Names themselves are checked letter by letter when printed.
     *
     * @throws UnprintableLetterException naming the letter, the language and the characters
     */
    public void checkPrintable(long cohortId, String template) {
        checkPrintable(cohortId, template, channels.available());
    }

    /** As {@link #checkPrintable(long, String)} for a run limited to {@code allowed} channels. */
    public void checkPrintable(long cohortId, String template, Set<Channel> allowed) {
        Set<Channel> usable = usable(allowed);
        if (!usable.contains(Channel.POST)) {
            return;
        }
        List<String> languages = sql(() -> store.postalLanguages(cohortId, usable));
        Set<String> printed = new LinkedHashSet<>();
        languages.forEach(language -> printed.add(renderer.printLanguage(template, language)));
        for (String language : printed) {
            if (!renderer.hasPrintable(template, language)) {
                continue; // no such letter: the sender fails on it as before, this check has nothing to print
            }
            Set<Integer> missing = new LinkedHashSet<>();
            for (String name : new String[] {null, "A"}) { // the letter without and with a name
                String html = renderer.renderPrint(template, language, name, null, messageId(0, 0));
                missing.addAll(channels.post().unprintable(html));
            }
            if (!missing.isEmpty()) {
                throw new UnprintableLetterException(template, language, List.copyOf(missing));
            }
        }
    }

    /** The configured channels the run may use. */
    private Set<Channel> usable(Set<Channel> allowed) {
        Set<Channel> usable = EnumSet.noneOf(Channel.class);
        usable.addAll(channels.available());
        usable.retainAll(allowed);
        return usable;
    }

    private NoticeRun resumable(long runId) {
        NoticeRun run = sql(() -> store.run(runId));
        if (run.status() == RunStatus.CANCELLED || run.status() == RunStatus.COMPLETED) {
            throw new IllegalStateException("Expected run " + runId + " to be resumable, but it is " + run.status());
        }
        return run;
    }

    private void begin(NoticeRun run) {
        long runId = run.id();
        sql(() -> {
            store.fillingBy(runId, node.id()); // a CREATING run: its fill is taken over if this node dies
            store.fillLedger(runId, clock.millis(), usable(run.wave().channels()), !run.wave().allChannels());
            // alone: every row left SENDING is this process's; with several nodes only rows claimed before
            // V58 are (a lost node's rows are resolved by the node that takes it over, see resolveLost)
            String claimer = node.clustered() ? JdbcLedgerStore.UNRECORDED : null;
            List<Sent> confirmed = inDoubt.confirmed(runId, store.inDoubt(runId, claimer));
            int retried = store.resolveInDoubt(runId, confirmed, clock.millis(), claimer);
            store.setStatusIf(runId, RunStatus.RUNNING, RunStatus.CREATING, RunStatus.PAUSED, RunStatus.RUNNING);
            log.info("Notice run {} starting with {} sessions; of the rows claimed before, {} were confirmed sent "
                    + "and {} go again", runId, run.wave().sessions(), confirmed.size(), retried);
            return null;
        });
        activate(run);
    }

    private void activate(NoticeRun run) {
        int rate = run.wave().messagesPerSecond();
        Pace pace = node.clustered() && rate > 0 ? new ClusterThrottle(store, run.id(), rate, clock) : new Throttle(rate);
        ActiveRun a = new ActiveRun(run, node.id(), pace, this::work, this::finished);
        active.put(run.id(), a);
        a.start();
    }

    /**
     * Several nodes: starts this node's senders on a RUNNING run another node started or resumed, once the
     * letter passes this node's own checks (its template files must hash to the approved hash here too).
     * A run this node refuses is logged once and left to the other nodes.
     */
    synchronized void join(long runId) {
        if (active.containsKey(runId) || refusedToJoin.contains(runId) || !node.holdsLease()) {
            return;
        }
        NoticeRun run = sql(() -> store.run(runId));
        if (run.status() != RunStatus.RUNNING) {
            return;
        }
        try {
            approvedOnly.accept(run.letter());
            checkPrintable(run.cohortId(), run.letter().template(), run.wave().channels());
        } catch (UnprintableLetterException | LetterNotApprovedException refused) {
            refusedToJoin.add(runId);
            log.error("Notice run {}: node {} does not join it: {}", runId, node.id(), refused.getMessage());
            return;
        }
        activate(run);
        log.info("Notice run {}: node {} joined with {} sessions", runId, node.id(), run.wave().sessions());
    }

    /** Several nodes: this node's runs, for {@link ClusterRuns} to compare with the database. */
    Map<Long, ActiveRun> activeRuns() {
        return active;
    }

    /** This node stops sending every run (its lease is lost); the runs go on elsewhere. */
    void leaveAll() {
        active.values().forEach(ActiveRun::leave);
    }

    /**
     * Several nodes: the rows {@code lostNode} left SENDING, in every unfinished run, resolved through each
     * channel's record exactly as a restart resolves them (confirmed: SENT; otherwise back to PENDING, sent
     * again with the same reference). Idempotent: every write is conditional on the row still being
     * SENDING for the lost node.
     */
    void resolveLost(String lostNode) {
        for (long runId : sql(store::unfinishedRuns)) {
            List<JdbcLedgerStore.InDoubt> rows = sql(() -> store.inDoubt(runId, lostNode));
            if (rows.isEmpty()) {
                continue;
            }
            List<Sent> confirmed = inDoubt.confirmed(runId, rows);
            int retried = sql(() -> store.resolveInDoubt(runId, confirmed, clock.millis(), lostNode));
            log.warn("Notice run {}: node {} was lost; of the rows it had claimed, {} were confirmed sent and {} go "
                    + "again", runId, lostNode, confirmed.size(), retried);
        }
        for (long runId : sql(() -> store.creatingFilledBy(lostNode))) {
            log.warn("Notice run {}: node {} was lost while creating its ledger; this node continues it", runId,
                    lostNode);
            Thread fill = new Thread(() -> {
                try {
                    resume(runId);
                } catch (RuntimeException e) {
                    log.error("Notice run {} could not be taken over here ({}); it resumes at the next start", runId,
                            e.getClass().getName());
                }
            }, "notice-run-" + runId + "-takeover");
            fill.setDaemon(true);
            fill.start(); // the fill of millions of rows must not hold up the takeover of the lost node's other work
        }
    }

    public void pause(long runId) {
        stop(runId, RunStatus.PAUSED);
    }

    public void cancel(long runId) {
        stop(runId, RunStatus.CANCELLED);
    }

    private void stop(long runId, RunStatus status) {
        RunStatus current = sql(() -> store.run(runId)).status();
        boolean allowed = status == RunStatus.PAUSED ? current == RunStatus.RUNNING || current == RunStatus.CREATING
                : current != RunStatus.COMPLETED && current != RunStatus.CANCELLED;
        if (!allowed) {
            throw new IllegalStateException("Expected run " + runId + " to be "
                    + (status == RunStatus.PAUSED ? "running" : "unfinished") + ", but it is " + current);
        }
        if (!sql(() -> store.setStatusIf(runId, status, current))) { // another node changed it meanwhile
            throw new IllegalStateException("Expected run " + runId + " to be " + current + ", but it is "
                    + sql(() -> store.run(runId)).status());
        }
        ActiveRun a = active.get(runId);
        if (a != null) {
            a.stopWith(status); // senders finish the letter in hand; finished() reports a cancellation
        } else if (status == RunStatus.CANCELLED) {
            ended(runId);
        }
        log.info("Notice run {} {}", runId, status);
    }

    /** The run's counters (one row read) and its send rate across every node sending it ({@link ClusterRate}). */
    public RunProgress progress(long runId) {
        NoticeRun run = sql(() -> store.run(runId));
        RunCounts c = sql(() -> store.counts(runId));
        long remaining = c.remaining();
        ActiveRun a = active.get(runId);
        double rate;
        if (run.status() == RunStatus.RUNNING) {
            rate = clusterRate.sample(runId, c.total() - remaining, a == null ? 0 : a.rate());
        } else {
            clusterRate.forget(runId);
            rate = 0;
        }
        Optional<Duration> eta = rate > 0 ? Optional.of(Duration.ofMillis((long) (remaining * 1000 / rate)))
                : Optional.empty();
        return new RunProgress(runId, run.status(), c.total(), c.sent(), c.bounced(), c.failed(), c.suppressed(),
                remaining, rate, eta);
    }

    /** Whether sender threads of the run are still alive in this process. */
    public boolean isActive(long runId) {
        return active.containsKey(runId);
    }

    /**
     * Resumes runs that were sending (or creating their ledger) when this process last stopped. A run whose
     * postal letters can no longer be printed (the fonts changed), or whose letter is no longer an approved
     * version whose files hash to the approved hash, is PAUSED with the reason logged (for the fonts, to be
     * resumed once a font that has the characters is configured); the others resume.
     */
    public void resumeInterrupted() {
        List<Long> runs = new ArrayList<>(sql(() -> store.runsIn(RunStatus.CREATING)));
        runs.addAll(sql(() -> store.runsIn(RunStatus.RUNNING)));
        runs.forEach(this::resume);
    }

    /** Resumes one interrupted run, or PAUSEs it when its letter may no longer be sent (see resumeInterrupted). */
    private void resume(long runId) {
        try {
            start(runId);
        } catch (UnprintableLetterException | LetterNotApprovedException refused) {
            sql(() -> {
                store.setStatus(runId, RunStatus.PAUSED);
                return null;
            });
            log.error("Notice run {} PAUSED instead of resuming: {}", runId, refused.getMessage());
        }
    }

    /**
     * On shutdown: senders stop after the letter in hand and give their unsent rows back; the runs stay
     * RUNNING, for the other nodes and for the next startup.
     */
    public void stopAll() {
        active.values().forEach(a -> a.stopWith(RunStatus.RUNNING));
        active.values().forEach(a -> a.awaitTermination(Duration.ofSeconds(30)));
    }

    /** Stops every run at once and writes nothing more, as a kill would; for crash tests. */
    void haltAsIfKilled() {
        halted = true;
        active.values().forEach(ActiveRun::kill);
        active.values().forEach(a -> a.awaitTermination(Duration.ofSeconds(30)));
    }

    private void awaitStopped(long runId) {
        ActiveRun previous = active.get(runId);
        if (previous != null && !previous.awaitTermination(Duration.ofSeconds(60))) {
            throw new IllegalStateException("Expected run " + runId + "'s senders to stop, but they are still busy");
        }
    }

    private void work(ActiveRun a) {
        long runId = a.run.id();
        try (ChannelSender sender = new ChannelSender(channels, renderer, settings)) {
            while (a.stopStatus() == null) {
                if (!node.holdsLease()) {
                    a.leave(); // others may take this node over: claim and send nothing more
                    return;
                }
                List<ClaimedLetter> batch = claim(a);
                if (batch.isEmpty()) {
                    long next = write(() -> store.nextPendingAt(runId));
                    if (next < 0 && !(node.clustered() && write(() -> store.hasSending(runId)))) {
                        return; // with several nodes, not before the others' claims (or a lost node's) are final
                    }
                    if (next < 0) {
                        next = clock.millis() + IDLE_POLL_MS;
                    }
                    TimeUnit.MILLISECONDS.sleep(Math.max(1, Math.min(IDLE_POLL_MS, next - clock.millis())));
                    continue;
                }
                new BatchRun(this, a, sender, batch).send();
            }
        } catch (InterruptedException | Halted e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            a.failed(e);
            // the exception message may quote ledger values (personal data): log its type only
            log.error("Notice run {}: a sender stopped on {}", runId, e.getClass().getName());
        }
    }

    private List<ClaimedLetter> claim(ActiveRun a) {
        synchronized (a) {
            return write(() -> store.claim(a.run.id(), settings.claimBatch(), clock.millis(), a.claimer));
        }
    }

    /** A postal letter that cannot be printed (a character no print font has, e.g. in the name): FAILED. */
    void recordUnprintable(ActiveRun a, long ledgerId, int characters) {
        long runId = a.run.id();
        write(() -> {
            store.markFinal(runId, ledgerId, Status.FAILED, 0, clock.millis(), a.claimer);
            return null;
        });
        // the characters may come from the name (personal data): log their count only
        log.warn("Notice run {}: the postal letter of ledger row {} has {} character(s) no print font has, so it "
                + "is FAILED rather than printed with '#'; add a font that has them to breachflow.notices.post.fonts "
                + "and send it again", runId, ledgerId, characters);
    }

    void recordFailure(ActiveRun a, long ledgerId, int attempts, boolean permanent, int code) {
        long now = clock.millis();
        long runId = a.run.id();
        write(() -> {
            if (permanent) {
                store.markFinal(runId, ledgerId, Status.BOUNCED, code, now, a.claimer);
            } else if (attempts >= settings.maxAttempts()) {
                store.markFinal(runId, ledgerId, Status.FAILED, code, now, a.claimer);
            } else {
                long delay = settings.retryBackoff().toMillis() << (attempts - 1);
                store.retryAt(ledgerId, code, now + delay, now, a.claimer);
            }
            return null;
        });
    }

    private void finished(ActiveRun a) {
        active.remove(a.run.id(), a);
        if (halted) {
            return;
        }
        long runId = a.run.id();
        if (a.failure() != null) {
            sql(() -> store.setStatusIf(runId, RunStatus.PAUSED, RunStatus.RUNNING));
            log.warn("Notice run {} PAUSED after a sender failure; resume continues from the ledger", runId);
        } else if (a.stopStatus() == RunStatus.CANCELLED) {
            ended(runId);
        } else if (a.stopStatus() == null && sql(() -> store.run(runId)).status() == RunStatus.RUNNING) {
            // (a pause or cancel that raced with the last letter has already set the status)
            RunCounts c = sql(() -> store.counts(runId));
            RunStatus end = c.remaining() == 0 ? RunStatus.COMPLETED : RunStatus.PAUSED;
            if (!sql(() -> store.setStatusIf(runId, end, RunStatus.RUNNING))) {
                return; // another node's last sender ended it (and reported it)
            }
            log.info("Notice run {} {}: {} sent, {} bounced, {} failed, {} suppressed, {} remaining", runId, end,
                    c.sent(), c.bounced(), c.failed(), c.suppressed(), c.remaining());
            if (end == RunStatus.COMPLETED) {
                ended(runId);
            }
        }
    }

    private void ended(long runId) {
        try {
            listener.ended(sql(() -> store.run(runId)), sql(() -> store.counts(runId)));
        } catch (RuntimeException e) {
            log.error("Notice run {}: the end-of-run listener failed on {}", runId, e.getClass().getName());
        }
    }

    static String messageId(long runId, long ledgerId) {
        return "<run-" + runId + "-p-" + ledgerId + "@breachflow>";
    }

    boolean halted() {
        return halted;
    }

    ClusterNode node() {
        return node;
    }

    JdbcLedgerStore store() {
        return store;
    }

    DispatchSettings settings() {
        return settings;
    }

    long now() {
        return clock.millis();
    }

    <T> T write(SqlCall<T> call) {
        if (halted) {
            throw new Halted();
        }
        return sql(call);
    }

    static <T> T sql(SqlCall<T> call) {
        try {
            return call.run();
        } catch (SQLException e) {
            throw new IllegalStateException("Notice ledger access failed: " + e.getSQLState(), e);
        }
    }

    interface SqlCall<T> {
        T run() throws SQLException;
    }

    private static final class Halted extends RuntimeException {
        Halted() {
            super("halted", null, false, false);
        }
    }
}
