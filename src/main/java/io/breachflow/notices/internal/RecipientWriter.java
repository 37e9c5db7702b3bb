package io.breachflow.notices.internal;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * How validated cohort rows reach {@code notice_recipient}. The database decides the fastest way: on
 * PostgreSQL {@code COPY} takes rows at several times the rate of batched {@code INSERT}s, which is what
 * lets a 33.7-million-person cohort import in minutes; anything else gets JDBC batches.
 */
interface RecipientWriter extends AutoCloseable {

    /** {@code COPY} when {@code connection} is PostgreSQL's, otherwise JDBC batches. */
    static RecipientWriter forConnection(Connection connection) throws SQLException {
        return CopyRecipientWriter.supports(connection) ? new CopyRecipientWriter(connection)
                : new BatchRecipientWriter(connection);
    }

    void add(long cohortId, RecipientRow row) throws SQLException;

    void reject(long cohortId, long line, String reason) throws SQLException;

    /** Writes everything added so far; the caller may commit afterwards. */
    void flush() throws SQLException;

    @Override
    void close() throws SQLException;
}
