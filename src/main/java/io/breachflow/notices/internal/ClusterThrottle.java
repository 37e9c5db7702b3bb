package io.breachflow.notices.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;

/**
 * A run's messages-per-second ceiling for the whole cluster. The run's send slots, {@code 1/rate} apart,
 * form one sequence in {@code notice_run_rate}; a node reserves a block of consecutive slots with one
 * atomic UPDATE (about 20 blocks a second for the cluster, whatever the number of nodes) and its sender
 * threads spend them one each, sleeping until the slot's time. Blocks never overlap, so over any window
 * the cluster sends at most {@code rate} per second plus one block, up to the clock skew between nodes;
 * slots a node reserved but did not use (it paused or ran out of work) are simply lost, which only
 * lowers the rate.
 */
final class ClusterThrottle implements Pace {

    private final JdbcLedgerStore store;
    private final long runId;
    private final long intervalMicros;
    private final int block;
    private final Clock clock;
    private long nextSlot;
    private int left;

    ClusterThrottle(JdbcLedgerStore store, long runId, int messagesPerSecond, Clock clock) {
        this.store = store;
        this.runId = runId;
        this.intervalMicros = TimeUnit.SECONDS.toMicros(1) / messagesPerSecond;
        this.block = Math.max(1, Math.min(200, messagesPerSecond / 20));
        this.clock = clock;
    }

    @Override
    public void acquire() throws InterruptedException {
        long slot;
        synchronized (this) {
            if (left == 0) {
                nextSlot = NoticeDispatcher.sql(() -> store.reserveSlots(runId, block, intervalMicros, nowMicros()));
                left = block;
            }
            slot = nextSlot;
            nextSlot += intervalMicros;
            left--;
        }
        long wait = slot - nowMicros();
        if (wait > 0) {
            TimeUnit.MICROSECONDS.sleep(wait);
        }
    }

    private long nowMicros() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, clock.instant());
    }
}
