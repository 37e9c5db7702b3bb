package io.breachflow.engine.processing;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * H2 keeps committed changes in memory for up to half a second by default (it has no redo log),
 * so a {@code kill -9} would lose commits the engine already acknowledged. A write delay of 0 makes
 * every commit reach the file before it returns. It must come with the JDBC URL
 * ({@code ;WRITE_DELAY=0}): set at run time with {@code SET WRITE_DELAY} it proved unreliable in
 * the kill test. The engine warns once when a file URL lacks it.
 */
final class DurableCommits {
    private DurableCommits() {
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DurableCommits.class);
    private static volatile boolean warned;

    static void warnIfNotDurable(Connection connection) throws SQLException {
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("h2")) {
            return;
        }
        if (warned || !connection.getMetaData().getURL().startsWith("jdbc:h2:file:")) {
            return;
        }
        try (java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet rs = statement.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                        + "WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            if (rs.next() && !"0".equals(rs.getString(1).strip())) {
                warned = true;
                LOG.warn("The H2 database runs with WRITE_DELAY {} ms: after a kill -9 the engine may lose commits it "
                        + "already acknowledged. Add ';WRITE_DELAY=0' to spring.datasource.url.", rs.getString(1));
            }
        }
    }
}
