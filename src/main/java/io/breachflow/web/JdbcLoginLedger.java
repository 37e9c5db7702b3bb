package io.breachflow.web;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Failed logins and locks in the database ({@code login_failure}, {@code login_lock}, V60), so every node on it
 * counts the same failures: three nodes behind a load balancer give an attacker the limit of one, and a node's
 * restart forgets no lock. Two nodes counting the same key at the same moment may both see the limit reached;
 * both then write the same lock end (the later write wins by at most a few milliseconds), which is harmless.
 */
final class JdbcLoginLedger implements LoginThrottle.Ledger {

    /** How many failures between two sweeps of failures older than any window. */
    private static final int SWEEP_EVERY = 500;

    private final JdbcClient jdbc;
    private final AtomicInteger sinceSweep = new AtomicInteger();

    JdbcLoginLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Instant lockedUntil(LoginThrottle.Scope scope, String key, Instant now) {
        return jdbc.sql("SELECT locked_until FROM login_lock WHERE scope = ? AND subject = ? AND locked_until > ?")
                .params(scope.name(), key, utc(now)).query(OffsetDateTime.class).optional()
                .map(OffsetDateTime::toInstant).orElse(null);
    }

    @Override
    public Optional<LoginThrottle.Lockout> fail(LoginThrottle.Scope scope, String key, Instant now, int limit,
            Duration window, Duration lockout) {
        Instant from = now.minus(window);
        jdbc.sql("INSERT INTO login_failure (scope, subject, failed_at) VALUES (?, ?, ?)")
                .params(scope.name(), key, utc(now)).update();
        jdbc.sql("DELETE FROM login_failure WHERE scope = ? AND subject = ? AND failed_at <= ?")
                .params(scope.name(), key, utc(from)).update();
        if (sinceSweep.incrementAndGet() >= SWEEP_EVERY) {
            sinceSweep.set(0);
            // older than a day: past every window a deployment would configure
            jdbc.sql("DELETE FROM login_failure WHERE failed_at <= ?").param(utc(now.minus(Duration.ofDays(1))))
                    .update();
        }
        if (lockedUntil(scope, key, now) != null) {
            return Optional.empty();
        }
        int failures = jdbc.sql("SELECT COUNT(*) FROM login_failure WHERE scope = ? AND subject = ? AND failed_at > ?")
                .params(scope.name(), key, utc(from)).query(Integer.class).single();
        if (failures < limit) {
            return Optional.empty();
        }
        Instant until = now.plus(lockout);
        lock(scope, key, until);
        return Optional.of(new LoginThrottle.Lockout(scope, key, failures, until));
    }

    private void lock(LoginThrottle.Scope scope, String key, Instant until) {
        String update = "UPDATE login_lock SET locked_until = ? WHERE scope = ? AND subject = ?";
        if (jdbc.sql(update).params(utc(until), scope.name(), key).update() == 0) {
            try {
                jdbc.sql("INSERT INTO login_lock (scope, subject, locked_until) VALUES (?, ?, ?)")
                        .params(scope.name(), key, utc(until)).update();
            } catch (DuplicateKeyException lockedMeanwhile) {
                jdbc.sql(update).params(utc(until), scope.name(), key).update();
            }
        }
    }

    @Override
    public void forget(LoginThrottle.Scope scope, String key) {
        jdbc.sql("DELETE FROM login_failure WHERE scope = ? AND subject = ?").params(scope.name(), key).update();
    }

    @Override
    public void clear() {
        jdbc.sql("DELETE FROM login_failure").update();
        jdbc.sql("DELETE FROM login_lock").update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
