package io.breachflow.notices.internal;

import java.util.concurrent.TimeUnit;

/**
 * A token bucket of depth one shared by a run's sender threads: each send takes the next free slot, slots
 * are {@code 1/rate} apart, so the rate holds over any window whatever the number of sessions.
 */
final class Throttle implements Pace {

    private final long intervalNanos;
    private long nextSlot;

    Throttle(int messagesPerSecond) {
        this.intervalNanos = messagesPerSecond == 0 ? 0 : TimeUnit.SECONDS.toNanos(1) / messagesPerSecond;
        this.nextSlot = System.nanoTime();
    }

    @Override
    public void acquire() throws InterruptedException {
        if (intervalNanos == 0) {
            return;
        }
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(now, nextSlot);
            nextSlot = slot + intervalNanos;
            wait = slot - now;
        }
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
