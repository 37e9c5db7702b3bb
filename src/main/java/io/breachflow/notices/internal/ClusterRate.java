package io.breachflow.notices.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The send rate of a run across every node: sampled from the run's counters in the database (which all nodes'
 * senders advance), not from this node's senders, so the run page and its ETA say the same on every node of a
 * cluster. A sample is taken whenever progress is read (the run page polls every few seconds); the rate is the
 * letters done over the last minute of samples. Until two samples lie two seconds apart, this node's own rate
 * stands in (exact on a single node).
 */
final class ClusterRate {

    private static final long WINDOW_NANOS = 60_000_000_000L;
    private static final long MIN_SPAN_NANOS = 2_000_000_000L;

    private final Map<Long, Deque<long[]>> samples = new ConcurrentHashMap<>();
    private final LongSupplier nanos;

    ClusterRate(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /** Letters per second of a sending run that has {@code done} letters done now. */
    double sample(long runId, long done, double localRate) {
        long now = nanos.getAsLong();
        Deque<long[]> run = samples.computeIfAbsent(runId, id -> new ArrayDeque<>());
        synchronized (run) {
            run.addLast(new long[] {now, done});
            while (run.size() > 2 && now - run.peekFirst()[0] > WINDOW_NANOS) {
                run.removeFirst();
            }
            long[] first = run.peekFirst();
            long span = now - first[0];
            if (span >= MIN_SPAN_NANOS && done >= first[1]) {
                return (done - first[1]) * 1e9 / span;
            }
        }
        return localRate;
    }

    /** The run is not sending (paused, finished): its samples are dropped, so a resumed run measures afresh. */
    void forget(long runId) {
        samples.remove(runId);
    }
}
