package io.breachflow.notices.internal;

/** A run's counters as kept on its {@code notice_run} row (one read, whatever the cohort size). */
public record RunCounts(long total, long sent, long bounced, long failed, long suppressed) {

    public long remaining() {
        return total - sent - bounced - failed - suppressed;
    }
}
