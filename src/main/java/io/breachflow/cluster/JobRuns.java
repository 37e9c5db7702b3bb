package io.breachflow.cluster;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code cluster_job_run}: one row per run of a cluster job that did the work, with the node that did it. Rows older
 * than the retention are removed by the next run of the same job, so the table stays small.
 */
class JobRuns {

    /** Records nothing (no database). */
    static final JobRuns NONE = new JobRuns(null, Duration.ZERO) {
        @Override
        void record(String job, String node, Instant started, Instant finished, boolean failed) {
        }
    };

    private final JdbcClient jdbc;
    private final Duration retention;

    JobRuns(JdbcClient jdbc, Duration retention) {
        this.jdbc = jdbc;
        this.retention = retention;
    }

    void record(String job, String node, Instant started, Instant finished, boolean failed) {
        jdbc.sql("INSERT INTO cluster_job_run (job, node, started_at, finished_at, outcome) VALUES (?, ?, ?, ?, ?)")
                .params(job, node, started.atOffset(ZoneOffset.UTC), finished.atOffset(ZoneOffset.UTC),
                        failed ? "FAILED" : "DONE")
                .update();
        jdbc.sql("DELETE FROM cluster_job_run WHERE job = ? AND started_at < ?")
                .params(job, started.minus(retention).atOffset(ZoneOffset.UTC)).update();
    }
}
