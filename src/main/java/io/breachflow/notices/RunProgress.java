package io.breachflow.notices;

import java.time.Duration;
import java.util.Optional;

/**
 * A run's progress from its ledger.
 *
 * @param runId the run
 * @param status where it stands
 * @param total ledger rows (one per person)
 * @param sent accepted by the SMTP server
 * @param bounced refused permanently (5xx)
 * @param failed gave up after the last transient failure (4xx or connection trouble)
 * @param suppressed not emailed (no address; a fallback channel is recorded)
 * @param remaining still to send, including rows waiting for a retry
 * @param messagesPerSecond the send rate since this process started or resumed the run
 * @param eta the time left at that rate, empty while nothing was measured
 */
public record RunProgress(long runId, RunStatus status, long total, long sent, long bounced, long failed,
        long suppressed, long remaining, double messagesPerSecond, Optional<Duration> eta) {

    /** Rows that reached a final state. */
    public long done() {
        return sent + bounced + failed + suppressed;
    }
}
