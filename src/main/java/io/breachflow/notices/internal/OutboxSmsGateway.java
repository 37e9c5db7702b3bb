package io.breachflow.notices.internal;

import io.breachflow.notices.SmsGateway;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The default profile's SMS gateway: texts are recorded in {@code notice_sms_outbox} and shown at
 * {@code /outbox}; nothing leaves the machine. Idempotent on the reference, like a provider with
 * idempotency keys: a text sent again after a crash is recognised, not stored twice.
 */
public final class OutboxSmsGateway implements SmsGateway {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final int IN_CHUNK = 500;

    private final DataSource dataSource;
    private final Clock clock;

    public OutboxSmsGateway(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** One recorded text, newest first on the outbox page. */
    public record Text(long number, String reference, String phone, String body, OffsetDateTime sentAt) {
    }

    @Override
    public String send(SmsMessage message) throws SmsFailure {
        try (Connection c = dataSource.getConnection()) {
            Jdbc.update(c, "INSERT INTO notice_sms_outbox (reference, phone, body, sent_at) VALUES (?, ?, ?, ?)",
                    message.reference(), message.phone(), message.body(), clock.millis());
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new SmsFailure("outbox unavailable: " + e.getSQLState(), false);
            }
        }
        return message.reference();
    }

    @Override
    public Set<String> accepted(Collection<String> references) {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(references);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(from + IN_CHUNK, all.size()));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            found.addAll(NoticeDispatcher.sql(() -> {
                try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(
                        "SELECT reference FROM notice_sms_outbox WHERE reference IN (" + marks + ")")) {
                    return Jdbc.list(Jdbc.bind(query, chunk.toArray()), rs -> rs.getString(1));
                }
            }));
        }
        return found;
    }

    /** The newest texts, at most {@code limit}. */
    public List<Text> recent(int limit) {
        return NoticeDispatcher.sql(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(
                    "SELECT id, reference, phone, body, sent_at FROM notice_sms_outbox ORDER BY id DESC LIMIT ?")) {
                return Jdbc.list(Jdbc.bind(query, limit), rs -> new Text(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), Instant.ofEpochMilli(rs.getLong(5)).atOffset(ZoneOffset.UTC)));
            }
        });
    }
}
