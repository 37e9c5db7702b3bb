package io.breachflow.notices.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Rows and rejects as JDBC batches: portable, the path H2 takes. */
final class BatchRecipientWriter implements RecipientWriter {

    static final String INSERT_REJECT = "INSERT INTO notice_cohort_reject (cohort_id, line_no, reason) VALUES (?, ?, ?)";

    private final PreparedStatement rows;
    private final PreparedStatement rejects;

    BatchRecipientWriter(Connection connection) throws SQLException {
        this.rows = connection.prepareStatement("INSERT INTO notice_recipient (cohort_id, line_no, person_id, name, "
                + "email, phone, jurisdiction, language, postal_address, address_note) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.rejects = connection.prepareStatement(INSERT_REJECT);
    }

    @Override
    public void add(long cohortId, RecipientRow row) throws SQLException {
        Jdbc.bind(rows, cohortId, row.line(), row.personId(), row.name(), row.email(), row.phone(),
                row.jurisdiction(), row.language(), row.postalAddress(), row.addressNote()).addBatch();
    }

    @Override
    public void reject(long cohortId, long line, String reason) throws SQLException {
        Jdbc.bind(rejects, cohortId, line, reason).addBatch();
    }

    @Override
    public void flush() throws SQLException {
        rows.executeBatch();
        rejects.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        try (rejects) {
            rows.close();
        }
    }
}
