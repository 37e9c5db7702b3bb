package io.breachflow.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Keeps a controlled clock's setting (pin or offset) in the engine's table {@code engine_clock}, so a
 * restarted engine resumes at the time it was left at, as Zeebe does by replaying its clock records. Without
 * it a drill paused on Tuesday and restarted on Thursday would fire two days of reminders at once.
 */
final class JdbcClockStore {

    private final DataSource dataSource;

    private JdbcClockStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Restores the stored setting into {@code clock} and stores every later change. */
    static void restoreAndKeep(DataSource dataSource, EngineClock clock) {
        JdbcClockStore store = new JdbcClockStore(dataSource);
        store.restore(clock);
        clock.onChange(() -> store.save(clock));
    }

    private void restore(EngineClock clock) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT pinned_millis, offset_millis FROM engine_clock WHERE id = 1");
             ResultSet row = select.executeQuery()) {
            if (row.next()) {
                long pinned = row.getLong(1);
                clock.restore(row.wasNull() ? null : pinned, row.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Expected to read the engine clock, but " + e.getMessage(), e);
        }
    }

    private void save(EngineClock clock) {
        Long pinned = clock.pinnedMillis();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE engine_clock SET pinned_millis = ?, offset_millis = ? WHERE id = 1")) {
                update.setObject(1, pinned);
                update.setLong(2, clock.offsetMillis());
                if (update.executeUpdate() == 0) {
                    try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO engine_clock (id, pinned_millis, offset_millis) VALUES (1, ?, ?)")) {
                        insert.setObject(1, pinned);
                        insert.setLong(2, clock.offsetMillis());
                        insert.executeUpdate();
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Expected to store the engine clock, but " + e.getMessage(), e);
        }
    }
}
