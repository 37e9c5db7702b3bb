package io.breachflow.notices.internal;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.breachflow.notices.CohortImport;
import io.breachflow.notices.CohortNameTakenException;
import io.breachflow.notices.CohortQuery;
import io.breachflow.notices.ImportReject;
import io.breachflow.notices.NewCohort;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams a cohort (a CSV file or a query against the customer database) into {@code notice_recipient}
 * ({@code COPY} on PostgreSQL, JDBC batches elsewhere): neither is ever held in memory. Bad rows go to
 * {@code notice_cohort_reject}. Duplicates (same person id, later line) are removed at the end: a
 * fixed-size Bloom filter names the few ids that can be duplicates and only those are looked up, or, when
 * they are too many, one set-based pass checks the whole cohort; memory stays bounded either way. A failed
 * import (bad header, unreadable input) leaves nothing behind.
 */
public final class CohortImporter {

    private static final Logger log = LoggerFactory.getLogger(CohortImporter.class);

    private static final String DUPLICATE = "duplicate person_id";
    /** SQLSTATE of a unique-key violation, in H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** The first channel a kept person can be reached on, whatever the run's configuration; NONE for none. */
    private static final String FIRST_CHANNEL = "CASE WHEN email IS NOT NULL THEN 'EMAIL' WHEN phone IS NOT NULL "
            + "THEN 'SMS' WHEN postal_address IS NOT NULL THEN 'POST' ELSE 'NONE' END";

    private final DataSource dataSource;
    private final Clock clock;

    public CohortImporter(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Where rows come from; the source calls {@link RecipientSink#columns} once, then one row at a time. */
    interface RowSource {
        void feed(RecipientSink sink) throws SQLException, IOException;
    }

    /**
     * A UTF-8 BOM (Excel's "CSV UTF-8") is skipped; a row over FastCSV's limits (16,384 fields, 16 MiB per
     * field) is refused as bad input, naming the limit, with nothing stored.
     */
    public CohortImport importCsv(String label, Reader csv) {
        return importCsv(NewCohort.labelled(label), csv);
    }

    /** As {@link #importCsv(String, Reader)}, for a named cohort of an incident. */
    public CohortImport importCsv(NewCohort cohort, Reader csv) {
        return importRows(cohort, sink -> {
            try (CsvReader<CsvRecord> reader = CsvReader.builder().ignoreDifferentFieldCount(true)
                    .skipEmptyLines(true).ofCsvRecord(withoutBom(csv))) {
                Iterator<CsvRecord> records = reader.iterator();
                sink.columns(RecipientRow.columns(records.hasNext() ? String.join(",", records.next().getFields()) : ""));
                while (records.hasNext()) {
                    CsvRecord record = records.next();
                    sink.row(record.getStartingLineNumber(), record.getFields());
                }
            } catch (de.siegmar.fastcsv.reader.CsvParseException tooBig) {
                throw new IllegalArgumentException("Expected at most 16,384 columns and 16 MiB per field, but a row "
                        + "of the file exceeds them", tooBig);
            }
        });
    }

    private static Reader withoutBom(Reader csv) throws IOException {
        java.io.PushbackReader reader = new java.io.PushbackReader(csv, 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    /** Streams {@code query} from {@code source} with its fetch size; rows are numbered from 1. */
    public CohortImport importQuery(String label, DataSource source, CohortQuery query) {
        return importRows(NewCohort.labelled(label), sink -> {
            try (Connection c = source.getConnection()) {
                c.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
                try (PreparedStatement select = c.prepareStatement(query.sql(), ResultSet.TYPE_FORWARD_ONLY,
                        ResultSet.CONCUR_READ_ONLY)) {
                    select.setFetchSize(query.fetchSize());
                    for (int i = 0; i < query.parameters().size(); i++) {
                        select.setObject(i + 1, query.parameters().get(i));
                    }
                    try (ResultSet rs = select.executeQuery()) {
                        int columns = sink.columns(RecipientRow.columns(labels(rs.getMetaData())));
                        String[] fields = new String[columns];
                        for (long row = 1; rs.next(); row++) {
                            for (int i = 0; i < columns; i++) {
                                fields[i] = rs.getString(i + 1);
                            }
                            sink.row(row, Arrays.asList(fields));
                        }
                    }
                } finally {
                    c.rollback();
                }
            }
        });
    }

    /** A new cohort of everyone whose ledger row in {@code previousRunId} is SENT, in ledger order. */
    public CohortImport copySent(String label, long previousRunId) {
        return copyOf(label, previousRunId, Set.of("SENT"));
    }

    /**
     * A new cohort of everyone whose ledger row in {@code previousRunId} is in one of {@code statuses} (final
     * states: SENT, BOUNCED, FAILED, SUPPRESSED), copied by one statement. The ledger holds a person once per
     * run, so there are no duplicates to remove.
     */
    public CohortImport copyOf(String label, long previousRunId, Set<String> statuses) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long cohortId = newCohort(c, NewCohort.labelled(label));
            long copied = RunCohorts.copy(c, cohortId, previousRunId, statuses);
            long withoutEmail = Jdbc.count(c,
                    "SELECT count(*) FROM notice_recipient WHERE cohort_id = ? AND email IS NULL", cohortId);
            return finish(c, cohortId, new RecipientSink.Counts(copied, withoutEmail, 0, Set.of()));
        } catch (SQLException e) {
            throw new IllegalStateException("Re-notice cohort failed: " + e.getSQLState(), e);
        }
    }

    private CohortImport importRows(NewCohort cohort, RowSource source) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long cohortId = newCohort(c, cohort);
            RecipientSink.Counts counts;
            try (RecipientSink sink = new RecipientSink(c, cohortId)) {
                source.feed(sink);
                counts = sink.finish();
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                discard(c, cohortId);
                throw e;
            } catch (IOException e) {
                c.rollback();
                discard(c, cohortId);
                throw new UncheckedIOException(e);
            }
            return finish(c, cohortId, counts);
        } catch (SQLException e) {
            throw new IllegalStateException("Cohort import failed: " + e.getSQLState(), e);
        }
    }

    /**
     * Registers the cohort before its rows arrive. A name in use is refused here, before a row is read; the
     * unique key catches two imports racing for one name.
     */
    private long newCohort(Connection c, NewCohort cohort) throws SQLException {
        String key = cohort.nameKey();
        if (key != null && Jdbc.count(c, "SELECT count(*) FROM notice_cohort WHERE name_key = ?", key) > 0) {
            throw CohortNameTakenException.create();
        }
        try {
            long cohortId = Jdbc.insertReturningId(c, "INSERT INTO notice_cohort (label, status, created_at, name, "
                    + "name_key, incident_id, created_by) VALUES (?, 'IMPORTING', ?, ?, ?, ?, ?)", cohort.label(),
                    clock.millis(), cohort.name() == null ? null : cohort.name().strip(), key, cohort.incidentId(),
                    cohort.createdBy());
            c.commit();
            return cohortId;
        } catch (SQLException e) {
            c.rollback();
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw CohortNameTakenException.create();
            }
            throw e;
        }
    }

    private static CohortImport finish(Connection c, long cohortId, RecipientSink.Counts counts) throws SQLException {
        Duplicates duplicates = counts.duplicateCandidates() == null ? removeDuplicates(c, cohortId)
                : removeDuplicatesOf(c, cohortId, counts.duplicateCandidates());
        long accepted = counts.kept() - duplicates.rows();
        long withoutEmail = counts.keptWithoutEmail() - duplicates.withoutEmail();
        countPeople(c, cohortId);
        Jdbc.update(c, "UPDATE notice_cohort SET status = 'READY', accepted = ?, rejected = ?, duplicates = ? "
                + "WHERE id = ?", accepted, counts.rejected(), duplicates.rows(), cohortId);
        c.commit();
        log.info("Cohort {} imported: {} accepted, {} rejected, {} duplicates, {} without email",
                cohortId, accepted, counts.rejected(), duplicates.rows(), withoutEmail);
        return new CohortImport(cohortId, accepted, counts.rejected(), duplicates.rows(), withoutEmail,
                firstRejects(c, cohortId));
    }

    /**
     * Counts the kept people per jurisdiction and first reachable channel, in one pass over the cohort once
     * duplicates are gone, so the cohort's page reads a few dozen rows instead of counting millions.
     */
    private static void countPeople(Connection c, long cohortId) throws SQLException {
        Jdbc.update(c, "INSERT INTO notice_cohort_count (cohort_id, jurisdiction, channel, people) "
                + "SELECT ?, j, ch, count(*) FROM (SELECT jurisdiction j, " + FIRST_CHANNEL + " ch "
                + "FROM notice_recipient WHERE cohort_id = ?) t GROUP BY j, ch", cohortId, cohortId);
    }

    /** Rows dropped as later duplicates of a person, and how many of them had no email address. */
    private record Duplicates(long rows, long withoutEmail) {
    }

    /** An import that failed leaves no trace: its rows, rejects and cohort go. */
    private static void discard(Connection c, long cohortId) throws SQLException {
        Jdbc.update(c, "DELETE FROM notice_cohort_reject WHERE cohort_id = ?", cohortId);
        Jdbc.update(c, "DELETE FROM notice_recipient WHERE cohort_id = ?", cohortId);
        Jdbc.update(c, "DELETE FROM notice_cohort WHERE id = ?", cohortId);
        c.commit();
    }

    private static String labels(ResultSetMetaData meta) throws SQLException {
        String[] labels = new String[meta.getColumnCount()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = meta.getColumnLabel(i + 1);
        }
        return String.join(",", labels);
    }

    /**
     * Reports every later row of a person as a reject, then deletes those rows, by a self-join over the
     * whole cohort through the person index (a hash or merge join; driving it from the rejects instead lets
     * PostgreSQL pick a nested loop over the cohort per reject). The delete and the count of dropped rows
     * without email only run when the report found some.
     */
    private static Duplicates removeDuplicates(Connection connection, long cohortId) throws SQLException {
        String later = " FROM notice_recipient r WHERE r.cohort_id = ? AND EXISTS (SELECT 1 FROM notice_recipient f "
                + "WHERE f.cohort_id = r.cohort_id AND f.person_id = r.person_id AND f.line_no < r.line_no)";
        try (PreparedStatement report = connection.prepareStatement("INSERT INTO notice_cohort_reject "
                + "(cohort_id, line_no, reason) SELECT r.cohort_id, r.line_no, '" + DUPLICATE + "'" + later)) {
            if (Jdbc.bind(report, cohortId).executeUpdate() == 0) {
                connection.commit();
                return new Duplicates(0, 0);
            }
        }
        long withoutEmail = Jdbc.count(connection, "SELECT count(*)" + later + " AND r.email IS NULL", cohortId);
        try (PreparedStatement delete = connection.prepareStatement("DELETE" + later)) {
            long removed = Jdbc.bind(delete, cohortId).executeUpdate();
            connection.commit();
            return new Duplicates(removed, withoutEmail);
        }
    }

    /**
     * As {@link #removeDuplicates}, looking only at {@code personIds} (the ids the import's filter may
     * have seen before), each through the person index: a few lookups instead of a pass over the cohort.
     */
    private static Duplicates removeDuplicatesOf(Connection connection, long cohortId, Set<String> personIds)
            throws SQLException {
        long removed = 0;
        long withoutEmail = 0;
        try (PreparedStatement rows = connection.prepareStatement("SELECT id, line_no, email FROM notice_recipient "
                        + "WHERE cohort_id = ? AND person_id = ? ORDER BY line_no");
                PreparedStatement report = connection.prepareStatement(BatchRecipientWriter.INSERT_REJECT);
                PreparedStatement delete = connection.prepareStatement("DELETE FROM notice_recipient WHERE id = ?")) {
            for (String personId : personIds) {
                try (ResultSet rs = Jdbc.bind(rows, cohortId, personId).executeQuery()) {
                    if (!rs.next()) {
                        continue;
                    }
                    while (rs.next()) { // the person's first line is kept, every later one goes
                        Jdbc.bind(report, cohortId, rs.getLong(2), DUPLICATE).addBatch();
                        Jdbc.bind(delete, rs.getLong(1)).addBatch();
                        withoutEmail += rs.getString(3) == null ? 1 : 0;
                        if (++removed % 5_000 == 0) {
                            report.executeBatch();
                            delete.executeBatch();
                        }
                    }
                }
            }
            report.executeBatch();
            delete.executeBatch();
        }
        connection.commit();
        return new Duplicates(removed, withoutEmail);
    }

    private static List<ImportReject> firstRejects(Connection connection, long cohortId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT line_no, reason FROM notice_cohort_reject "
                + "WHERE cohort_id = ? ORDER BY line_no LIMIT " + CohortImport.REPORTED_REJECTS)) {
            return Jdbc.list(Jdbc.bind(query, cohortId), rs -> new ImportReject(rs.getLong(1), rs.getString(2)));
        }
    }
}
