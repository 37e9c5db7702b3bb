package io.breachflow.notices.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Rows through PostgreSQL's {@code COPY ... FROM STDIN} (text format), streamed in chunks of at most
 * {@value #CHUNK_CHARS} characters: memory stays flat. A connection in the middle of a COPY cannot run
 * other statements, so rejects are batched on the side and written when the COPY of the current batch
 * has ended ({@link #flush}).
 */
final class CopyRecipientWriter implements RecipientWriter {

    private static final int CHUNK_CHARS = 256 * 1024;
    private static final String COPY = "COPY notice_recipient (cohort_id, line_no, person_id, name, email, phone, "
            + "jurisdiction, language, postal_address, address_note) FROM STDIN";

    private final CopyManager copies;
    private final PreparedStatement rejects;
    private final StringBuilder chunk = new StringBuilder(CHUNK_CHARS + 4096);
    private CopyIn copy;

    CopyRecipientWriter(Connection connection) throws SQLException {
        this.copies = connection.unwrap(PGConnection.class).getCopyAPI();
        this.rejects = connection.prepareStatement(BatchRecipientWriter.INSERT_REJECT);
    }

    static boolean supports(Connection connection) throws SQLException {
        return connection.isWrapperFor(PGConnection.class);
    }

    @Override
    public void add(long cohortId, RecipientRow row) throws SQLException {
        chunk.append(cohortId).append('\t').append(row.line());
        for (String value : new String[] {row.personId(), row.name(), row.email(), row.phone(), row.jurisdiction(),
                row.language(), row.postalAddress(), row.addressNote()}) {
            chunk.append('\t');
            appendEscaped(value);
        }
        chunk.append('\n');
        if (chunk.length() >= CHUNK_CHARS) {
            send();
        }
    }

    @Override
    public void reject(long cohortId, long line, String reason) throws SQLException {
        Jdbc.bind(rejects, cohortId, line, reason).addBatch(); // client side until executeBatch
    }

    @Override
    public void flush() throws SQLException {
        send();
        if (copy != null) {
            CopyIn done = copy;
            copy = null;
            done.endCopy();
        }
        rejects.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        try (rejects) {
            if (copy != null && copy.isActive()) {
                copy.cancelCopy(); // an import that failed half-way: nothing of this COPY is kept
            }
        }
    }

    private void send() throws SQLException {
        if (chunk.length() == 0) {
            return;
        }
        if (copy == null) {
            copy = copies.copyIn(COPY);
        }
        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
        chunk.setLength(0);
        copy.writeToCopy(bytes, 0, bytes.length);
    }

    /** COPY text format: {@code \N} is null; backslash, tab, newline and carriage return are escaped. */
    private void appendEscaped(String value) {
        if (value == null) {
            chunk.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> chunk.append("\\\\");
                case '\t' -> chunk.append("\\t");
                case '\n' -> chunk.append("\\n");
                case '\r' -> chunk.append("\\r");
                default -> chunk.append(ch);
            }
        }
    }
}
