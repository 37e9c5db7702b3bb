package io.breachflow.notices.internal;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fresh database with the application's migrations, for tests without Spring: in-memory H2, or a new
 * schema in the PostgreSQL named by {@code BREACHFLOW_TEST_POSTGRES_URL} (dropped on close).
 */
final class NoticeDatabase implements AutoCloseable {

    final HikariDataSource dataSource;
    final JdbcTemplate jdbc;
    private final String postgresSchema;

    NoticeDatabase() {
        this(null);
    }

    private NoticeDatabase(String postgresSchema) {
        // plain JUnit runs without a logback configuration log at DEBUG
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(Level.WARN);
        }
        this.postgresSchema = postgresSchema;
        HikariConfig config = new HikariConfig();
        if (postgresSchema == null) {
            config.setJdbcUrl("jdbc:h2:mem:notices-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            config.setUsername("sa");
        } else {
            String url = System.getenv("BREACHFLOW_TEST_POSTGRES_URL");
            config.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + postgresSchema);
            config.setUsername(System.getenv("BREACHFLOW_TEST_POSTGRES_USER"));
            config.setPassword(System.getenv("BREACHFLOW_TEST_POSTGRES_PASSWORD"));
        }
        config.setMaximumPoolSize(10);
        dataSource = new HikariDataSource(config);
        Flyway flyway = postgresSchema == null
                ? Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load()
                : Flyway.configure().dataSource(dataSource).schemas(postgresSchema).createSchemas(true)
                        .locations("classpath:db/migration/postgresql").load();
        flyway.migrate();
        jdbc = new JdbcTemplate(dataSource);
    }

    /** A new schema in the test PostgreSQL; callers check {@code BREACHFLOW_TEST_POSTGRES_URL} is set. */
    static NoticeDatabase postgres() {
        return new NoticeDatabase("notices_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    }

    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        if (postgresSchema == null) {
            jdbc.execute("SHUTDOWN");
        } else {
            jdbc.execute("DROP SCHEMA " + postgresSchema + " CASCADE");
        }
        dataSource.close();
    }
}
