package io.breachflow.engine.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A connection with cached prepared statements for one batch of commands. */
final class Sql implements AutoCloseable {

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    Sql(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    int update(String sql, Object... args) {
        try {
            PreparedStatement statement = prepare(sql);
            bind(statement, args);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StateException(sql, e);
        }
    }

    void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try {
            PreparedStatement statement = prepare(sql);
            for (Object[] row : rows) {
                bind(statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new StateException(sql, e);
        }
    }

    <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
        try {
            PreparedStatement statement = prepare(sql);
            bind(statement, args);
            List<T> result = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.add(mapper.map(rs));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new StateException(sql, e);
        }
    }

    <T> T queryOne(String sql, RowMapper<T> mapper, Object... args) {
        List<T> rows = query(sql, mapper, args);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static void bind(PreparedStatement statement, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            if (arg == null) {
                statement.setNull(i + 1, Types.NULL);
            } else if (arg instanceof byte[] bytes) {
                statement.setBytes(i + 1, bytes);
            } else {
                statement.setObject(i + 1, arg);
            }
        }
    }

    @Override
    public void close() {
        for (PreparedStatement statement : statements.values()) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // closing a statement of a finished batch; nothing to recover
            }
        }
        statements.clear();
    }

    /** A failed statement; the batch's transaction is rolled back to the command's savepoint. */
    static final class StateException extends RuntimeException {
        StateException(String sql, SQLException cause) {
            super("Expected engine state statement to succeed, but it failed: " + sql, cause);
        }
    }
}
