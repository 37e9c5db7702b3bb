package io.breachflow.notices.internal;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.breachflow.notices.CohortImport;
import io.breachflow.notices.ImportReject;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams a cohort CSV into {@code notice_recipient} in JDBC batches: the file is never held in memory.
 * Bad rows go to {@code notice_cohort_reject}; duplicates (same person id, later line) are removed by one
 * set-based pass at the end, so no in-memory id set grows with the cohort.
 */
public final class CohortImporter {

    private static final Logger log = LoggerFactory.getLogger(CohortImporter.class);
    private static final int BATCH = 5_000;
    private static final int BATCHES_PER_COMMIT = 10;

    private final DataSource dataSource;
    private final Clock clock;

    public CohortImporter(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public CohortImport importCsv(String label, Reader csv) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long cohortId = Jdbc.insertReturningId(connection,
                    "INSERT INTO notice_cohort (label, status, created_at) VALUES (?, 'IMPORTING', ?)",
                    label, clock.millis());
            connection.commit();
            long[] counts = stream(connection, cohortId, csv);
            long duplicates = removeDuplicates(connection, cohortId);
            long accepted = counts[0] - duplicates;
            long withoutEmail = Jdbc.count(connection,
                    "SELECT count(*) FROM notice_recipient WHERE cohort_id = ? AND email IS NULL", cohortId);
            try (PreparedStatement done = connection.prepareStatement("UPDATE notice_cohort SET status = 'READY', "
                    + "accepted = ?, rejected = ?, duplicates = ? WHERE id = ?")) {
                Jdbc.bind(done, accepted, counts[1], duplicates, cohortId).executeUpdate();
            }
            connection.commit();
            log.info("Cohort {} imported: {} accepted, {} rejected, {} duplicates, {} without email",
                    cohortId, accepted, counts[1], duplicates, withoutEmail);
            return new CohortImport(cohortId, accepted, counts[1], duplicates, withoutEmail,
                    firstRejects(connection, cohortId));
        } catch (SQLException e) {
            throw new IllegalStateException("Cohort import failed: " + e.getMessage(), e);
        }
    }

    /** Returns {kept rows, rejected rows}. */
    private long[] stream(Connection connection, long cohortId, Reader csv) throws SQLException {
        long kept = 0;
        long rejected = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ignoreDifferentFieldCount(true)
                        .skipEmptyLines(true).ofCsvRecord(csv);
                PreparedStatement rows = connection.prepareStatement("INSERT INTO notice_recipient (cohort_id, "
                        + "line_no, person_id, name, email, phone, jurisdiction, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement rejects = connection.prepareStatement(
                        "INSERT INTO notice_cohort_reject (cohort_id, line_no, reason) VALUES (?, ?, ?)")) {
            Iterator<CsvRecord> records = reader.iterator();
            checkHeader(records);
            int pending = 0;
            int batches = 0;
            while (records.hasNext()) {
                CsvRecord record = records.next();
                try {
                    RecipientRow row = RecipientRow.parse(record);
                    Jdbc.bind(rows, cohortId, row.line(), row.personId(), row.name(), row.email(), row.phone(),
                            row.jurisdiction(), row.language()).addBatch();
                    kept++;
                } catch (RecipientRow.Invalid invalid) {
                    Jdbc.bind(rejects, cohortId, record.getStartingLineNumber(), invalid.getMessage()).addBatch();
                    rejected++;
                }
                if (++pending == BATCH) {
                    flush(rows, rejects);
                    pending = 0;
                    if (++batches % BATCHES_PER_COMMIT == 0) {
                        connection.commit();
                    }
                }
            }
            flush(rows, rejects);
            connection.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new long[] {kept, rejected};
    }

    private static void checkHeader(Iterator<CsvRecord> records) {
        String header = records.hasNext() ? String.join(",", records.next().getFields()).strip() : "";
        if (!RecipientRow.HEADER.equalsIgnoreCase(header)) {
            throw new IllegalArgumentException("Expected the header " + RecipientRow.HEADER + ", but found "
                    + (header.isEmpty() ? "an empty file" : "another header"));
        }
    }

    private static void flush(PreparedStatement rows, PreparedStatement rejects) throws SQLException {
        rows.executeBatch();
        rejects.executeBatch();
    }

    private static long removeDuplicates(Connection connection, long cohortId) throws SQLException {
        String later = " FROM notice_recipient r WHERE r.cohort_id = ? AND EXISTS (SELECT 1 FROM notice_recipient f "
                + "WHERE f.cohort_id = r.cohort_id AND f.person_id = r.person_id AND f.line_no < r.line_no)";
        try (PreparedStatement report = connection.prepareStatement("INSERT INTO notice_cohort_reject "
                + "(cohort_id, line_no, reason) SELECT r.cohort_id, r.line_no, 'duplicate person_id'" + later);
                PreparedStatement delete = connection.prepareStatement("DELETE" + later)) {
            Jdbc.bind(report, cohortId).executeUpdate();
            long removed = Jdbc.bind(delete, cohortId).executeUpdate();
            connection.commit();
            return removed;
        }
    }

    private static List<ImportReject> firstRejects(Connection connection, long cohortId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT line_no, reason FROM notice_cohort_reject "
                + "WHERE cohort_id = ? ORDER BY line_no LIMIT " + CohortImport.REPORTED_REJECTS)) {
            return Jdbc.list(Jdbc.bind(query, cohortId), rs -> new ImportReject(rs.getLong(1), rs.getString(2)));
        }
    }
}
