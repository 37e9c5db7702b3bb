package io.breachflow.notices.internal;

import com.google.common.hash.BloomFilter;
import com.google.common.hash.Funnels;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Validates rows and hands them to a {@link RecipientWriter}, committing every few batches: memory stays flat. */
final class RecipientSink implements AutoCloseable {

    private static final int BATCH = 5_000;
    private static final int BATCHES_PER_COMMIT = 10;
    /** About 7 MiB whatever the cohort; past a few million people it says "maybe" often. */
    private static final int FILTER_PEOPLE = 4_000_000;
    /** More "maybe seen" ids than this and the whole cohort is checked instead (memory stays bounded). */
    static final int MAX_CANDIDATES = 50_000;

    /**
     * Person ids seen so far, approximately. Only an id it answers "maybe seen" for can be a duplicate, so
     * de-duplication looks at those few ids instead of the whole cohort.
     */
    private final BloomFilter<CharSequence> seen =
            BloomFilter.create(Funnels.stringFunnel(StandardCharsets.UTF_8), FILTER_PEOPLE, 0.001);
    private Set<String> candidates = new HashSet<>();
    private final Connection connection;
    private final long cohortId;
    private final RecipientWriter writer;
    private int columns = -1;
    private long kept;
    private long keptWithoutEmail;
    private long rejected;
    private int pending;
    private int batches;

    RecipientSink(Connection connection, long cohortId) throws SQLException {
        this.connection = connection;
        this.cohortId = cohortId;
        this.writer = RecipientWriter.forConnection(connection);
    }

    /** The number of columns the header or query announced; returns it. */
    int columns(int columns) {
        this.columns = columns;
        return columns;
    }

    void row(long line, List<String> fields) throws SQLException {
        try {
            RecipientRow row = RecipientRow.parse(fields, columns, line);
            writer.add(cohortId, row);
            if (!seen.put(row.personId()) && candidates != null) {
                candidates.add(row.personId());
                if (candidates.size() > MAX_CANDIDATES) {
                    candidates = null;
                }
            }
            kept++;
            if (row.email() == null) {
                keptWithoutEmail++;
            }
        } catch (RecipientRow.Invalid invalid) {
            writer.reject(cohortId, line, invalid.getMessage());
            rejected++;
        }
        if (++pending == BATCH) {
            writer.flush();
            pending = 0;
            if (++batches % BATCHES_PER_COMMIT == 0) {
                connection.commit();
            }
        }
    }

    /** Writes what is left and commits. */
    Counts finish() throws SQLException {
        writer.flush();
        connection.commit();
        return new Counts(kept, keptWithoutEmail, rejected, candidates);
    }

    @Override
    public void close() throws SQLException {
        writer.close();
    }

    /**
     * What the rows came to before de-duplication.
     *
     * @param duplicateCandidates the only person ids that can have come twice (empty: none did), or null
     *                            when every id must be checked
     */
    record Counts(long kept, long keptWithoutEmail, long rejected, Set<String> duplicateCandidates) {
    }
}
