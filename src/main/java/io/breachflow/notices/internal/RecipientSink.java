package io.breachflow.notices.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Validates rows and writes them in JDBC batches, committing every few batches: memory stays flat. */
final class RecipientSink implements AutoCloseable {

    private static final int BATCH = 5_000;
    private static final int BATCHES_PER_COMMIT = 10;

    private final Connection connection;
    private final long cohortId;
    private final PreparedStatement rows;
    private final PreparedStatement rejects;
    private int columns = -1;
    private long kept;
    private long rejected;
    private int pending;
    private int batches;

    RecipientSink(Connection connection, long cohortId) throws SQLException {
        this.connection = connection;
        this.cohortId = cohortId;
        this.rows = connection.prepareStatement("INSERT INTO notice_recipient (cohort_id, line_no, person_id, name, "
                + "email, phone, jurisdiction, language, postal_address, address_note) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.rejects = connection.prepareStatement(
                "INSERT INTO notice_cohort_reject (cohort_id, line_no, reason) VALUES (?, ?, ?)");
    }

    /** The number of columns the header or query announced; returns it. */
    int columns(int columns) {
        this.columns = columns;
        return columns;
    }

    void row(long line, List<String> fields) throws SQLException {
        try {
            RecipientRow row = RecipientRow.parse(fields, columns, line);
            Jdbc.bind(rows, cohortId, row.line(), row.personId(), row.name(), row.email(), row.phone(),
                    row.jurisdiction(), row.language(), row.postalAddress(), row.addressNote()).addBatch();
            kept++;
        } catch (RecipientRow.Invalid invalid) {
            Jdbc.bind(rejects, cohortId, line, invalid.getMessage()).addBatch();
            rejected++;
        }
        if (++pending == BATCH) {
            flush();
            if (++batches % BATCHES_PER_COMMIT == 0) {
                connection.commit();
            }
        }
    }

    /** Writes what is left; returns {kept rows, rejected rows}. */
    long[] finish() throws SQLException {
        flush();
        connection.commit();
        return new long[] {kept, rejected};
    }

    private void flush() throws SQLException {
        rows.executeBatch();
        rejects.executeBatch();
        pending = 0;
    }

    @Override
    public void close() throws SQLException {
        rows.close();
        rejects.close();
    }
}
