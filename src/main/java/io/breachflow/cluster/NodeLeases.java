package io.breachflow.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The {@code cluster_node} table. Every change that decides who owns a lost node's work is one conditional
 * UPDATE, so two survivors racing for the same lost node cannot both win.
 */
final class NodeLeases {

    interface SqlCall<T> {
        T run() throws SQLException;
    }

    private final DataSource dataSource;
    private final Clock clock;

    NodeLeases(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    boolean isPostgres() {
        try (Connection c = dataSource.getConnection()) {
            return ClusterNode.isPostgres(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Expected a reachable database, but: " + e.getSQLState(), e);
        }
    }

    void register(String id, String name, long leaseMillis) throws SQLException {
        long now = clock.millis();
        update("INSERT INTO cluster_node (node_id, node_name, started_at, heartbeat_at, lease_until, status) "
                + "VALUES (?, ?, ?, ?, ?, 'LIVE')", id, name, now, now, now + leaseMillis);
    }

    /** False when the row is no longer LIVE: another node took this one over. */
    boolean renew(String id, long leaseMillis) throws SQLException {
        long now = clock.millis();
        return update("UPDATE cluster_node SET heartbeat_at = ?, lease_until = ? WHERE node_id = ? AND status = 'LIVE'",
                now, now + leaseMillis, id) == 1;
    }

    void takeOverNamed(String name, String me) throws SQLException {
        for (String previous : ids("SELECT node_id FROM cluster_node WHERE node_name = ? AND node_id <> ? "
                + "AND status = 'LIVE'", name, me)) {
            takeOver(previous, me, Long.MAX_VALUE);
        }
    }

    List<String> expired(String me) throws SQLException {
        return ids("SELECT node_id FROM cluster_node WHERE status = 'LIVE' AND lease_until < ? AND node_id <> ?",
                clock.millis(), me);
    }

    boolean takeOver(String lost, String me) throws SQLException {
        return takeOver(lost, me, clock.millis());
    }

    /** Wins only if the lost node is still LIVE with a lease expired at {@code now}; inherits what it had taken over. */
    private boolean takeOver(String lost, String me, long now) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            boolean won = update(c, "UPDATE cluster_node SET status = 'TAKEN_OVER', taken_over_by = ? "
                    + "WHERE node_id = ? AND status = 'LIVE' AND lease_until < ?", me, lost, now) == 1;
            if (won) {
                update(c, "UPDATE cluster_node SET taken_over_by = ? WHERE status = 'TAKEN_OVER' AND taken_over_by = ?",
                        me, lost);
            }
            c.commit();
            return won;
        }
    }

    List<String> takenOverBy(String me) throws SQLException {
        return ids("SELECT node_id FROM cluster_node WHERE status = 'TAKEN_OVER' AND taken_over_by = ? ORDER BY node_id",
                me);
    }

    void forget(String lost, String me) throws SQLException {
        update("DELETE FROM cluster_node WHERE node_id = ? AND status = 'TAKEN_OVER' AND taken_over_by = ?", lost, me);
    }

    void leave(String id) throws SQLException {
        update("UPDATE cluster_node SET lease_until = 0 WHERE node_id = ? AND status = 'LIVE'", id);
    }

    int live() throws SQLException {
        return ids("SELECT node_id FROM cluster_node WHERE status = 'LIVE' AND lease_until >= ?", clock.millis()).size();
    }

    private List<String> ids(String sql, Object... args) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = bind(c.prepareStatement(sql), args);
                ResultSet rs = query.executeQuery()) {
            List<String> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
            return ids;
        }
    }

    private int update(String sql, Object... args) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return update(c, sql, args);
        }
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = bind(c.prepareStatement(sql), args)) {
            return statement.executeUpdate();
        }
    }

    private static PreparedStatement bind(PreparedStatement statement, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
        return statement;
    }
}
