package io.breachflow.notices;

import io.breachflow.notices.internal.CohortImporter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cohorts as people see them: import a named CSV cohort for an incident, list cohorts, read a cohort's
 * counts and its rejects (line numbers and reasons, never the rejected values), and the choice of cohorts a
 * run form offers. Nothing here returns a person's data.
 */
public class NoticeCohorts {

    /** How many cohorts a list or a run form offers, newest first. */
    public static final int LISTED = 200;

    private static final String SUMMARY = "SELECT id, name, label, incident_id, status, accepted, rejected, duplicates, "
            + "created_at, created_by FROM notice_cohort ";

    private final CohortImporter importer;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final NoticeWave defaultWave;

    NoticeCohorts(CohortImporter importer, JdbcClient jdbc, DataSource dataSource, NoticeWave defaultWave) {
        this.importer = importer;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.defaultWave = defaultWave;
    }

    /** The cohorts a run form offers and the configured pacing. */
    public RunChoices runChoices() {
        return new RunChoices(ready(), defaultWave.messagesPerSecond(), defaultWave.sessions());
    }

    /**
     * Streams a CSV into a new cohort as {@link NoticeDispatch#importCohort(String, Reader)} does, under a
     * name and for an incident.
     *
     * @throws CohortNameTakenException when another cohort has the name (nothing is read)
     * @throws IllegalArgumentException when the header is not the expected one (nothing is kept)
     */
    public CohortImport importCsv(NewCohort cohort, Reader csv) {
        return importer.importCsv(cohort, csv);
    }

    /** Whether another cohort already has {@code name} (ignoring case and outer spaces). */
    public boolean nameTaken(String name) {
        String key = new NewCohort(name, name, null, null).nameKey();
        return jdbc.sql("SELECT count(*) FROM notice_cohort WHERE name_key = ?").param(key).query(Long.class).single() > 0;
    }

    /** The newest cohorts, newest first. */
    public List<CohortSummary> recent() {
        return jdbc.sql(SUMMARY + "ORDER BY id DESC LIMIT " + LISTED).query((rs, n) -> summary(rs)).list();
    }

    /** The newest cohorts a run can be started with (completely imported, with someone in them). */
    public List<CohortSummary> ready() {
        return jdbc.sql(SUMMARY + "WHERE status = 'READY' AND accepted > 0 ORDER BY id DESC LIMIT " + LISTED)
                .query((rs, n) -> summary(rs)).list();
    }

    public Optional<CohortSummary> find(long cohortId) {
        return jdbc.sql(SUMMARY + "WHERE id = ?").param(cohortId).query((rs, n) -> summary(rs)).optional();
    }

    /** The counts stored at import; empty lists for cohorts imported before they were kept. */
    public CohortCounts counts(long cohortId) {
        List<CohortCounts.Count> channels = jdbc.sql("SELECT channel, SUM(people) FROM notice_cohort_count "
                        + "WHERE cohort_id = ? GROUP BY channel").param(cohortId)
                .query((rs, n) -> new CohortCounts.Count(rs.getString(1), rs.getLong(2))).list();
        List<CohortCounts.Count> ordered = java.util.stream.Stream.of("EMAIL", "SMS", "POST", "NONE")
                .map(code -> channels.stream().filter(c -> c.code().equals(code)).findFirst()
                        .orElse(new CohortCounts.Count(code, 0)))
                .toList();
        List<CohortCounts.Count> jurisdictions = jdbc.sql("SELECT jurisdiction, SUM(people) FROM notice_cohort_count "
                        + "WHERE cohort_id = ? GROUP BY jurisdiction ORDER BY SUM(people) DESC, jurisdiction")
                .param(cohortId).query((rs, n) -> new CohortCounts.Count(rs.getString(1), rs.getLong(2))).list();
        return new CohortCounts(channels.isEmpty() ? List.of() : ordered, jurisdictions);
    }

    /** Rejects (duplicates included) in line order, {@code limit} from {@code offset}. */
    public List<ImportReject> rejects(long cohortId, long offset, int limit) {
        return jdbc.sql("SELECT line_no, reason FROM notice_cohort_reject WHERE cohort_id = ? ORDER BY line_no "
                        + "LIMIT ? OFFSET ?").params(cohortId, limit, offset)
                .query((rs, n) -> new ImportReject(rs.getLong(1), rs.getString(2))).list();
    }

    /**
     * Writes every reject as CSV ({@code line,reason}), streamed from the database: a file of millions of bad
     * rows never sits in memory. Reasons are Breachflow's own words and never quote a value.
     *
     * @return how many rejects were written
     */
    public long writeRejects(long cohortId, Writer out) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
            try (PreparedStatement query = c.prepareStatement("SELECT line_no, reason FROM notice_cohort_reject "
                    + "WHERE cohort_id = ? ORDER BY line_no")) {
                query.setFetchSize(1_000);
                query.setLong(1, cohortId);
                long written = 0;
                out.write("line,reason\r\n");
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        out.write(rs.getLong(1) + "," + quoted(rs.getString(2)) + "\r\n");
                        written++;
                    }
                }
                out.flush();
                return written;
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the rejects of cohort " + cohortId + " failed: " + e.getSQLState(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String reason) {
        return "\"" + reason.replace("\"", "\"\"") + "\"";
    }

    private static CohortSummary summary(ResultSet rs) throws SQLException {
        return new CohortSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getLong(6), rs.getLong(7), rs.getLong(8), Instant.ofEpochMilli(rs.getLong(9)), rs.getString(10));
    }
}
