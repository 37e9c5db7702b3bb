package io.breachflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-06T22:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(
            new SecurityProperties.Login(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15)), clock);

    @Test
    void theFifthFailureWithinTheWindowLocksTheAccountForFifteenMinutes() {
        for (int i = 1; i <= 4; i++) {
            assertThat(throttle.failed("Officer", "10.0.0." + i)).isEmpty();
        }
        assertThat(throttle.failed("officer", "10.0.0.5")).singleElement()
                .satisfies(lock -> assertThat(lock.scope()).isEqualTo(LoginThrottle.Scope.ACCOUNT));

        assertThat(throttle.lockedUntil("OFFICER", "10.0.0.9")).hasValue(Instant.parse("2026-12-06T22:15:00Z"));
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.lockedUntil("officer", "10.0.0.9")).isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        for (int i = 1; i <= 4; i++) {
            throttle.failed("legal", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(16));

        assertThat(throttle.failed("legal", "10.0.0.1")).isEmpty();
        assertThat(throttle.lockedUntil("legal", "10.0.0.1")).isEmpty();
    }

    @Test
    void aSuccessfulLoginForgetsTheAccountsFailuresButNotTheAddresses() {
        for (int i = 1; i <= 4; i++) {
            throttle.failed("dpo", "10.0.0.1");
        }
        throttle.succeeded("dpo");

        assertThat(throttle.failed("dpo", "10.0.0.1")).isEmpty();
        for (int i = 6; i < 20; i++) {
            throttle.failed("name-" + i, "10.0.0.1");
        }
        assertThat(throttle.failed("another", "10.0.0.1")).singleElement()
                .satisfies(lock -> assertThat(lock.scope()).isEqualTo(LoginThrottle.Scope.ADDRESS));
        assertThat(throttle.lockedUntil("admin", "10.0.0.1")).isPresent();
        assertThat(throttle.lockedUntil("admin", "10.0.0.2")).isEmpty();
    }

    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
