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

/** A fresh in-memory H2 database with the application's migrations, for tests without Spring. */
final class NoticeDatabase implements AutoCloseable {

    final HikariDataSource dataSource;
    final JdbcTemplate jdbc;

    NoticeDatabase() {
        // plain JUnit runs without a logback configuration log at DEBUG
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(Level.WARN);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:notices-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        config.setUsername("sa");
        config.setMaximumPoolSize(10);
        dataSource = new HikariDataSource(config);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
    }

    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        jdbc.execute("SHUTDOWN");
        dataSource.close();
    }
}
