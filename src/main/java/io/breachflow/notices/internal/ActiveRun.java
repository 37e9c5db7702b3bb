package io.breachflow.notices.internal;

import io.breachflow.notices.NoticeRun;
import io.breachflow.notices.RunStatus;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * A run being sent by this process: its bounded sender pool, pace, stop flag and rate, and the node id its
 * rows are claimed under (fixed for its life: a node that lost its lease stops the run and joins it again
 * under its new id).
 */
final class ActiveRun {

    final NoticeRun run;
    final String claimer;
    final Pace throttle;
    final LongAdder sent = new LongAdder();
    private final ExecutorService senders;
    private final Consumer<ActiveRun> work;
    private final Consumer<ActiveRun> whenAllStopped;
    private final AtomicInteger live = new AtomicInteger();
    private final long startedNanos = System.nanoTime();
    private final java.util.concurrent.atomic.AtomicReference<RunStatus> stopStatus =
            new java.util.concurrent.atomic.AtomicReference<>();
    private volatile RuntimeException failure;

    ActiveRun(NoticeRun run, Consumer<ActiveRun> work, Consumer<ActiveRun> whenAllStopped) {
        this(run, null, new Throttle(run.wave().messagesPerSecond()), work, whenAllStopped);
    }

    ActiveRun(NoticeRun run, String claimer, Pace pace, Consumer<ActiveRun> work, Consumer<ActiveRun> whenAllStopped) {
        this.run = run;
        this.claimer = claimer;
        this.throttle = pace;
        this.work = work;
        this.whenAllStopped = whenAllStopped;
        AtomicInteger n = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(run.wave().sessions(), r -> {
            Thread t = new Thread(r, "notice-run-" + run.id() + "-sender-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    void start() {
        int sessions = run.wave().sessions();
        live.set(sessions);
        for (int i = 0; i < sessions; i++) {
            senders.execute(() -> {
                try {
                    work.accept(this);
                } finally {
                    if (live.decrementAndGet() == 0) {
                        try {
                            whenAllStopped.accept(this);
                        } finally {
                            senders.shutdown();
                        }
                    }
                }
            });
        }
    }

    void stopWith(RunStatus status) {
        stopStatus.set(status);
    }

    /**
     * This node stops sending but the run goes on elsewhere, or was paused or cancelled by another node
     * (which reports it): the senders stop as at shutdown, and {@code finished} reports nothing.
     */
    void leave() {
        stopStatus.compareAndSet(null, RunStatus.RUNNING);
    }

    RunStatus stopStatus() {
        return stopStatus.get();
    }

    void failed(RuntimeException e) {
        failure = e;
        stopStatus.set(RunStatus.PAUSED);
    }

    RuntimeException failure() {
        return failure;
    }

    void kill() {
        stopStatus.set(RunStatus.PAUSED);
        senders.shutdownNow();
    }

    boolean awaitTermination(Duration timeout) {
        try {
            return senders.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    double rate() {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        return seconds <= 0 ? 0 : sent.sum() / seconds;
    }
}
