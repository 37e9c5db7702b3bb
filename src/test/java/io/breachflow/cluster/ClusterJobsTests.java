package io.breachflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two nodes' {@link ClusterJobs} on one (H2) database with the application's migrations. */
class ClusterJobsTests {

    private JdbcDataSource dataSource;
    private JdbcClient jdbc;

    @BeforeEach
    void database() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:cluster-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load().migrate();
        jdbc = JdbcClient.create(dataSource);
    }

    @Test
    void aPeriodicJobRunsOnOneNodePerPeriodAndIsRecorded() {
        ClusterJobs a = node("a");
        ClusterJobs b = node("b");
        ClusterJob job = ClusterJob.periodic("test.periodic", Duration.ofMinutes(1), Duration.ofMinutes(5));
        AtomicInteger runs = new AtomicInteger();

        assertThat(a.runOnce(job, runs::incrementAndGet)).isTrue();
        assertThat(b.runOnce(job, runs::incrementAndGet)).as("b in the same period").isFalse();
        assertThat(a.runOnce(job, runs::incrementAndGet)).as("a again in the same period").isFalse();

        assertThat(runs).hasValue(1);
        assertThat(jdbc.sql("SELECT node FROM cluster_job_run WHERE job = 'test.periodic'").query(String.class).list())
                .containsExactly("a");
        assertThat(job.lockAtLeastFor()).isEqualTo(Duration.ofSeconds(48));
    }

    @Test
    void anExclusiveJobRunsAgainOnceItEnded() {
        ClusterJobs a = node("a");
        ClusterJobs b = node("b");
        ClusterJob job = ClusterJob.exclusive("test.exclusive", Duration.ofMinutes(5));
        AtomicInteger runs = new AtomicInteger();

        assertThat(a.runOnce(job, () -> assertThat(b.runOnce(job, runs::incrementAndGet))
                .as("b while a runs it").isFalse())).isTrue();
        assertThat(b.runOnce(job, runs::incrementAndGet)).isTrue();

        assertThat(runs).hasValue(1);
    }

    @Test
    void aFailedRunReleasesTheLockAndIsRecordedAsFailed() {
        ClusterJobs a = node("a");
        ClusterJob job = ClusterJob.exclusive("test.failing", Duration.ofMinutes(5));

        assertThatThrownBy(() -> a.runOnce(job, () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(a.runOnce(job, () -> { })).isTrue();
        assertThat(jdbc.sql("SELECT outcome FROM cluster_job_run WHERE job = 'test.failing' ORDER BY id")
                .query(String.class).list()).containsExactly("FAILED", "DONE");
    }

    @Test
    void refusesALockHeldLongerAtLeastThanAtMost() {
        assertThatThrownBy(() -> new ClusterJob("x", Duration.ofSeconds(1), Duration.ofSeconds(2)))
                .hasMessageStartingWith("Expected 0 <= lockAtLeastFor <= lockAtMostFor");
    }

    private ClusterJobs node(String name) {
        return new ClusterConfiguration().clusterJobs(dataSource, jdbc, new ClusterProperties(true, name, Duration.ofSeconds(3),
                Duration.ofSeconds(15), Duration.ofSeconds(1), Duration.ofDays(7)));
    }
}
