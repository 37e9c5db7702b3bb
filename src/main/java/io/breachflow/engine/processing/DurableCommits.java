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

    static void apply(Connection connection) throws SQLException {
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("h2")) {
            return;
        }
        String url = connection.getMetaData().getURL();
        if (url != null && url.startsWith("jdbc:h2:file:") && !url.toUpperCase().contains("WRITE_DELAY=0")
                && !warned) {
            warned = true;
            LOG.warn("The H2 database URL lacks ';WRITE_DELAY=0': after a kill -9 the engine may lose commits it "
                    + "already acknowledged. Add it to spring.datasource.url.");
        }
    }
}
