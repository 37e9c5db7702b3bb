package io.breachflow.engine.processing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * H2 keeps committed changes in memory for up to half a second by default (it has no redo log),
 * so a {@code kill -9} would lose commits the engine already acknowledged. A write delay of 0 makes
 * every commit reach the file before it returns. H2 forgets the setting whenever the database is
 * closed and reopened, so it is applied on every connection the processing thread opens.
 */
final class DurableCommits {
    private DurableCommits() {
    }

    static void apply(Connection connection) throws SQLException {
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("h2")) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET WRITE_DELAY 0");
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }
}
