package io.breachflow.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class CountdownTests {

    private static final OffsetDateTime DUE = OffsetDateTime.parse("2025-11-21T22:00:00+09:00");

    @Test
    void aDeadlineMoreThanADayAwayIsOnTrack() {
        Countdown countdown = Countdown.to(DUE, Instant.parse("2025-11-19T10:30:00Z"));

        assertThat(countdown).extracting(Countdown::level, Countdown::overdue, Countdown::days, Countdown::hours,
                Countdown::minutes).containsExactly("on-track", false, 2L, 2L, 30L);
    }

    @Test
    void aDeadlineWithinADayIsAtRiskUpToTheLastMinute() {
        assertThat(Countdown.to(DUE, Instant.parse("2025-11-20T13:00:00Z")).level()).isEqualTo("at-risk");
        assertThat(Countdown.to(DUE, Instant.parse("2025-11-21T13:00:00Z")))
                .extracting(Countdown::level, Countdown::overdue).containsExactly("at-risk", false);
    }

    @Test
    void aPassedDeadlineIsOverdueByTheTimeSinceIt() {
        Countdown countdown = Countdown.to(DUE, Instant.parse("2025-11-22T14:05:00Z"));

        assertThat(countdown).extracting(Countdown::level, Countdown::overdue, Countdown::days, Countdown::hours,
                Countdown::minutes).containsExactly("overdue", true, 1L, 1L, 5L);
    }

    @Test
    void anObligationWaitingForAMilestoneHasNoCountdown() {
        assertThat(Countdown.to(null, Instant.parse("2025-11-19T10:30:00Z"))).isNull();
    }
}
