package io.breachflow.notices.internal;

import io.breachflow.notices.NoticeRun;
import io.breachflow.notices.RunProgress;
import io.breachflow.notices.RunStatus;
import io.breachflow.notices.internal.JdbcLedgerStore.Sent;
import io.breachflow.notices.internal.JdbcLedgerStore.Status;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a run's letters: {@code sessions} sender threads, each with its own SMTP connection, claim ledger
 * rows in id order, render, send and record SENT with the Message-ID.
 *
 * <p><b>Exactly once across crashes.</b> A row is SENDING (attempt counted) before its letter goes out,
 * and SENT once the server accepted it. After a crash, SENDING rows go back to PENDING and are sent
 * again with the <em>same</em> Message-ID {@code <run-R-p-L@breachflow>}: no one is skipped. A letter
 * the server accepted in the window before its SENT was written (at most {@code ledgerFlush} letters per
 * sender thread) is therefore delivered twice with one Message-ID, which receivers and the tests
 * de-duplicate; SMTP offers no way to make that window empty.
 */
public final class NoticeDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NoticeDispatcher.class);
    private static final long IDLE_POLL_MS = 200;

    private final JdbcLedgerStore store;
    private final LetterRenderer renderer;
    private final MailGateway gateway;
    private final DispatchSettings settings;
    private final Clock clock;
    private final Map<Long, ActiveRun> active = new ConcurrentHashMap<>();
    private volatile boolean halted;

    public NoticeDispatcher(JdbcLedgerStore store, LetterRenderer renderer, MailGateway gateway,
            DispatchSettings settings, Clock clock) {
        this.store = store;
        this.renderer = renderer;
        this.gateway = gateway;
        this.settings = settings;
        this.clock = clock;
    }

    /** Starts or resumes sending; rows left SENDING by a crash go back to PENDING first. */
    public synchronized void start(long runId) {
        awaitStopped(runId);
        NoticeRun run = sql(() -> store.run(runId));
        if (run.status() == RunStatus.CANCELLED || run.status() == RunStatus.COMPLETED) {
            throw new IllegalStateException("Expected run " + runId + " to be resumable, but it is " + run.status());
        }
        sql(() -> {
            store.fillLedger(runId, clock.millis());
            int recovered = store.recoverClaimed(runId);
            store.setStatus(runId, RunStatus.RUNNING);
            log.info("Notice run {} starting with {} sessions; {} claimed rows recovered", runId,
                    run.wave().sessions(), recovered);
            return null;
        });
        ActiveRun a = new ActiveRun(run, this::work, this::finished);
        active.put(runId, a);
        a.start();
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
        sql(() -> {
            store.setStatus(runId, status);
            return null;
        });
        ActiveRun a = active.get(runId);
        if (a != null) {
            a.stopWith(status);
        }
        log.info("Notice run {} {}", runId, status);
    }

    public RunProgress progress(long runId) {
        NoticeRun run = sql(() -> store.run(runId));
        Map<Status, Long> c = sql(() -> store.counts(runId));
        long total = c.values().stream().mapToLong(Long::longValue).sum();
        long remaining = c.get(Status.PENDING) + c.get(Status.SENDING);
        ActiveRun a = active.get(runId);
        double rate = a == null ? 0 : a.rate();
        Optional<Duration> eta = rate > 0 ? Optional.of(Duration.ofMillis((long) (remaining * 1000 / rate)))
                : Optional.empty();
        return new RunProgress(runId, run.status(), total, c.get(Status.SENT), c.get(Status.BOUNCED),
                c.get(Status.FAILED), c.get(Status.SUPPRESSED), remaining, rate, eta);
    }

    /** Whether sender threads of the run are still alive in this process. */
    public boolean isActive(long runId) {
        return active.containsKey(runId);
    }

    /** Resumes runs that were sending (or creating their ledger) when this process last stopped. */
    public void resumeInterrupted() {
        List<Long> runs = new ArrayList<>(sql(() -> store.runsIn(RunStatus.CREATING)));
        runs.addAll(sql(() -> store.runsIn(RunStatus.RUNNING)));
        runs.forEach(this::start);
    }

    /** On shutdown: senders stop after the letter in hand; the runs stay RUNNING and resume on startup. */
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
        try (SenderSession session = new SenderSession(gateway, settings.messagesPerConnection())) {
            while (a.stopStatus() == null) {
                List<ClaimedLetter> batch = claim(a);
                if (batch.isEmpty()) {
                    long next = write(() -> store.nextPendingAt(runId));
                    if (next < 0) {
                        return;
                    }
                    TimeUnit.MILLISECONDS.sleep(Math.max(1, Math.min(IDLE_POLL_MS, next - clock.millis())));
                    continue;
                }
                sendBatch(a, batch, session);
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
            return write(() -> store.claim(a.run.id(), settings.claimBatch(), clock.millis()));
        }
    }

    private void sendBatch(ActiveRun a, List<ClaimedLetter> batch, SenderSession session) throws InterruptedException {
        List<Sent> sent = new ArrayList<>(settings.ledgerFlush());
        try {
            sendEach(a, batch, session, sent);
        } finally {
            // letters the server accepted are recorded even when the batch ends early (render failure);
            // after a halt nothing is written, as after a kill
            if (!halted && !sent.isEmpty()) {
                sql(() -> {
                    store.markSent(sent, clock.millis());
                    return null;
                });
                sent.clear();
            }
        }
    }

    private void sendEach(ActiveRun a, List<ClaimedLetter> batch, SenderSession session, List<Sent> sent)
            throws InterruptedException {
        for (int i = 0; i < batch.size(); i++) {
            if (a.stopStatus() != null) {
                List<ClaimedLetter> unsent = List.copyOf(batch.subList(i, batch.size()));
                write(() -> {
                    store.markSent(sent, clock.millis());
                    store.release(unsent, clock.millis());
                    return null;
                });
                sent.clear();
                return;
            }
            ClaimedLetter letter = batch.get(i);
            a.throttle.acquire();
            String messageId = messageId(a.run.id(), letter.ledgerId());
            OutgoingLetter out = renderer.render(a.run.letter().template(), letter, messageId, settings.from());
            try {
                session.send(out);
                sent.add(new Sent(letter.ledgerId(), messageId));
                a.sent.increment();
            } catch (MailFailure failure) {
                recordFailure(letter, failure);
            }
            if (sent.size() >= settings.ledgerFlush()) {
                write(() -> {
                    store.markSent(sent, clock.millis());
                    return null;
                });
                sent.clear();
            }
        }
    }

    private void recordFailure(ClaimedLetter letter, MailFailure failure) {
        long now = clock.millis();
        write(() -> {
            if (failure.permanent()) {
                store.markFinal(letter.ledgerId(), Status.BOUNCED, failure.code(), now);
            } else if (letter.attempts() >= settings.maxAttempts()) {
                store.markFinal(letter.ledgerId(), Status.FAILED, failure.code(), now);
            } else {
                long delay = settings.retryBackoff().toMillis() << (letter.attempts() - 1);
                store.retryAt(letter.ledgerId(), failure.code(), now + delay, now);
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
            sql(() -> {
                store.setStatus(runId, RunStatus.PAUSED);
                return null;
            });
            log.warn("Notice run {} PAUSED after a sender failure; resume continues from the ledger", runId);
        } else if (a.stopStatus() == null) {
            RunProgress p = progress(runId);
            RunStatus end = p.remaining() == 0 ? RunStatus.COMPLETED : RunStatus.PAUSED;
            sql(() -> {
                store.setStatus(runId, end);
                return null;
            });
            log.info("Notice run {} {}: {} sent, {} bounced, {} failed, {} suppressed, {} remaining", runId, end,
                    p.sent(), p.bounced(), p.failed(), p.suppressed(), p.remaining());
        }
    }

    static String messageId(long runId, long ledgerId) {
        return "<run-" + runId + "-p-" + ledgerId + "@breachflow>";
    }

    private <T> T write(SqlCall<T> call) {
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
