package io.breachflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The {@code postgres} profile against a real PostgreSQL ({@code .ci/run} provides one and sets
 * {@code BREACHFLOW_TEST_POSTGRES_URL}, {@code _USER}, {@code _PASSWORD}); skipped without it.
 */
@EnabledIfEnvironmentVariable(named = "BREACHFLOW_TEST_POSTGRES_URL", matches = ".+")
@ActiveProfiles("postgres")
@SpringBootTest(properties = {
        "spring.datasource.url=${BREACHFLOW_TEST_POSTGRES_URL}",
        "spring.datasource.username=${BREACHFLOW_TEST_POSTGRES_USER}",
        "spring.datasource.password=${BREACHFLOW_TEST_POSTGRES_PASSWORD:}",
        "breachflow.engine.port=0"})
class PostgresMigrationIntegrationTests {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void appliesEveryMigrationFromThePostgresqlFolder() {
        MigrationInfo[] applied = flyway.info().applied();

        assertThat(flyway.info().pending()).isEmpty();
        assertThat(applied).isNotEmpty().allSatisfy(migration -> {
            assertThat(migration.getState().isFailed()).isFalse();
            assertThat(migration.getPhysicalLocation()).contains("db/migration/postgresql");
        });
        assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM information_schema.tables "
                + "WHERE table_schema = current_schema() AND table_name = 'event_publication'", Integer.class))
                .isEqualTo(1);
    }
}
