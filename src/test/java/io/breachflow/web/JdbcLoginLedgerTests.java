package io.breachflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several nodes behind a load balancer count failed logins in one database: guesses spread over two nodes lock the
 * account after the same five failures as on one, the lock holds on every node, and a node started afterwards (or
 * restarted) still refuses the locked account.
 */
class JdbcLoginLedgerTests {

    private static final SecurityProperties.Login LIMITS = new SecurityProperties.Login(5, 20, Duration.ofMinutes(15),
            Duration.ofMinutes(15));

    private final HikariDataSource dataSource = new HikariDataSource();
    private final LoginThrottleTests.MovableClock clock = new LoginThrottleTests.MovableClock(
            Instant.parse("2026-12-07T03:00:00Z"));
    private final LoginThrottle nodeA;
    private final LoginThrottle nodeB;

    JdbcLoginLedgerTests() {
        dataSource.setJdbcUrl("jdbc:h2:mem:logins-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUsername("sa");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load().migrate();
        nodeA = node();
        nodeB = node();
    }

    private LoginThrottle node() {
        return new LoginThrottle(LIMITS, clock, new JdbcLoginLedger(JdbcClient.create(dataSource)));
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void guessesSpreadOverTwoNodesLockTheAccountAfterFiveFailuresOnBoth() {
        for (int i = 1; i <= 4; i++) {
            assertThat((i % 2 == 0 ? nodeA : nodeB).failed("Officer", "10.0.0." + i)).isEmpty();
        }
        assertThat(nodeA.failed("officer", "10.0.0.5")).singleElement().satisfies(lock -> {
            assertThat(lock.scope()).isEqualTo(LoginThrottle.Scope.ACCOUNT);
            assertThat(lock.failures()).isEqualTo(5);
        });

        Instant until = Instant.parse("2026-12-07T03:15:00Z");
        assertThat(nodeB.lockedUntil("OFFICER", "10.0.0.9")).hasValue(until);
        assertThat(node().lockedUntil("officer", "10.0.0.9")).as("a node started later").hasValue(until);
        assertThat(nodeB.failed("officer", "10.0.0.6")).as("a failure while locked starts no second lock").isEmpty();
        clock.advance(Duration.ofMinutes(15));
        assertThat(nodeA.lockedUntil("officer", "10.0.0.9")).isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowAndAfterASuccessfulLoginNoLongerCount() {
        for (int i = 1; i <= 4; i++) {
            nodeA.failed("legal", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(16));
        assertThat(nodeB.failed("legal", "10.0.0.1")).isEmpty();

        for (int i = 1; i <= 3; i++) {
            nodeB.failed("legal", "10.0.0.2");
        }
        nodeA.succeeded("LEGAL");
        assertThat(nodeB.failed("legal", "10.0.0.2")).isEmpty();
        assertThat(nodeA.lockedUntil("legal", "10.0.0.2")).isEmpty();
    }

    @Test
    void oneAddressGuessingManyAccountsIsLockedOnEveryNode() {
        for (int i = 1; i < 20; i++) {
            (i % 2 == 0 ? nodeA : nodeB).failed("user" + i, "203.0.113.7");
        }
        assertThat(nodeA.failed("user20", "203.0.113.7")).extracting(LoginThrottle.Lockout::scope)
                .containsExactly(LoginThrottle.Scope.ADDRESS);
        assertThat(nodeB.lockedUntil("someone-else", "203.0.113.7")).isPresent();
        assertThat(nodeB.lockedUntil("someone-else", "203.0.113.8")).isEmpty();
    }
}
