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

/** A run being sent by this process: its bounded sender pool, throttle, stop flag and rate. */
final class ActiveRun {

    final NoticeRun run;
    final Throttle throttle;
    final LongAdder sent = new LongAdder();
    private final ExecutorService senders;
    private final Consumer<ActiveRun> work;
    private final Consumer<ActiveRun> whenAllStopped;
    private final AtomicInteger live = new AtomicInteger();
    private final long startedNanos = System.nanoTime();
    private volatile RunStatus stopStatus;
    private volatile RuntimeException failure;

    ActiveRun(NoticeRun run, Consumer<ActiveRun> work, Consumer<ActiveRun> whenAllStopped) {
        this.run = run;
        this.throttle = new Throttle(run.wave().messagesPerSecond());
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
        stopStatus = status;
    }

    RunStatus stopStatus() {
        return stopStatus;
    }

    void failed(RuntimeException e) {
        failure = e;
        stopStatus = RunStatus.PAUSED;
    }

    RuntimeException failure() {
        return failure;
    }

    void kill() {
        stopStatus = RunStatus.PAUSED;
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
