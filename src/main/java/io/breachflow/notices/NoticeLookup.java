package io.breachflow.notices;

import io.breachflow.notices.internal.LetterRenderer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Was this person told?": every letter a person was sent or that was attempted, across all runs, from the
 * dispatch ledger. A few index reads whatever the ledger's size (the person, email and phone indexes on
 * {@code notice_recipient}, then the ledger's {@code (recipient_id, run_id)} key). The caller records each lookup
 * in the personal-data access log with the user's reason; this class logs nothing, since the identifier asked
 * about is personal data.
 */
@Service
public class NoticeLookup {

    /** At most this many letters are returned (a person in hundreds of runs is a data problem, not a reader's). */
    public static final int LIMIT = 500;

    private final JdbcClient jdbc;
    private final LetterVersions versions;

    NoticeLookup(JdbcClient jdbc, LetterVersions versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    /** The person's letters, oldest run first, and how many people (distinct person ids) matched. */
    @Transactional(readOnly = true)
    public Result lookup(PersonQuery query) {
        String column = switch (query.by()) {
            case PERSON_ID -> "r.person_id";
            case EMAIL -> "r.email";
            case PHONE -> "r.phone";
        };
        List<String> forms = query.storedForms();
        String in = String.join(", ", java.util.Collections.nCopies(forms.size(), "?"));
        List<Row> rows = jdbc.sql("SELECT r.person_id, l.run_id, run.incident_id, run.template, run.content_hash, "
                        + "l.channel, l.status, l.attempts, run.created_at, l.updated_at, l.message_id, l.reason, "
                        + "(SELECT MIN(n.earlier_run_id) FROM notice_renotice n WHERE n.later_run_id = l.run_id) AS earlier "
                        + "FROM notice_recipient r JOIN notice_ledger l ON l.recipient_id = r.id "
                        + "JOIN notice_run run ON run.id = l.run_id "
                        + "WHERE " + column + " IN (" + in + ") ORDER BY l.run_id, l.id LIMIT " + LIMIT)
                .params(forms.toArray()).query(NoticeLookup::row).list();
        long people = rows.stream().map(Row::personId).distinct().count();
        java.util.Map<Long, Integer> numbers = new java.util.HashMap<>();
        List<LetterSent> letters = rows.stream().map(Row::letter).map(letter -> letter.letterVersionId() == null
                ? letter : withNumber(letter, numbers.computeIfAbsent(letter.letterVersionId(),
                        id -> versions.find(id).map(LetterVersion::number).orElse(null)))).toList();
        return new Result(letters, people);
    }

    private static LetterSent withNumber(LetterSent l, Integer number) {
        return new LetterSent(l.runId(), l.incidentId(), l.template(), l.letterVersionId(), number, l.contentHash(),
                l.channel(), l.status(), l.attempts(), l.runStartedAt(), l.updatedAt(), l.messageId(), l.reason(),
                l.renoticeOfRunId());
    }

    /** The letters found and how many people they belong to (0 when nobody matched). */
    public record Result(List<LetterSent> letters, long people) {
    }

    private record Row(String personId, LetterSent letter) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        OptionalLong version = LetterRenderer.versionId(rs.getString("template"));
        long earlier = rs.getLong("earlier");
        Long renoticeOf = rs.wasNull() ? null : earlier;
        return new Row(rs.getString("person_id"), new LetterSent(rs.getLong("run_id"), rs.getString("incident_id"),
                rs.getString("template"), version.isPresent() ? version.getAsLong() : null, null,
                rs.getString("content_hash"), rs.getString("channel"), rs.getString("status"), rs.getInt("attempts"),
                Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("updated_at")),
                rs.getString("message_id"), rs.getString("reason"), renoticeOf));
    }
}
