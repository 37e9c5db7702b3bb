package io.breachflow.engine;

import io.breachflow.engine.gateway.EngineCredentials;
import io.breachflow.engine.gateway.GatewayServer;
import io.breachflow.engine.processing.Engine;
import io.breachflow.engine.rest.RestServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Breachflow's own Zeebe-compatible engine, served over the Zeebe gateway gRPC API and, for the
 * client's search requests, a subset of the Orchestration Cluster REST API ({@code /v2}).
 *
 * <p>Camunda's engine is not open source, so Breachflow carries a small durable engine of its own
 * that speaks the same wire protocol: the unmodified Camunda client (and any Zeebe gRPC client)
 * drives it, and the application never imports this package. State lives in the given database
 * (own Flyway history table {@code engine_schema_history}); every command runs to its wait states in
 * one transaction committed before the gRPC answer, so a {@code kill -9} loses nothing.
 */
public final class EmbeddedEngine implements AutoCloseable {

    /** {@code restPort} value that starts no REST server. */
    public static final int NO_REST = -1;

    private final Engine engine;
    private final GatewayServer server;
    private final RestServer rest;

    private EmbeddedEngine(Engine engine, GatewayServer server, RestServer rest) {
        this.engine = engine;
        this.server = server;
        this.rest = rest;
    }

    /**
     * Migrates the engine schema, starts command processing and the gRPC server, without the REST API.
     *
     * @param port the gRPC port, or 0 for any free port (see {@link #port()})
     */
    public static EmbeddedEngine start(DataSource dataSource, Clock clock, String host, int port) {
        return start(dataSource, clock, host, port, NO_REST);
    }

    /**
     * Migrates the engine schema, starts command processing, the gRPC server and the REST search API.
     *
     * @param port the gRPC port, or 0 for any free port (see {@link #port()})
     * @param restPort the REST port, 0 for any free port (see {@link #restPort()}), or {@link #NO_REST}
     */
    public static EmbeddedEngine start(DataSource dataSource, Clock clock, String host, int port, int restPort) {
        return start(dataSource, clock, host, port, restPort, EngineCredentials.NONE);
    }

    /**
     * As {@link #start(DataSource, Clock, String, int, int)}, with both the gRPC gateway and the REST API refusing
     * calls that do not carry {@code credentials} (HTTP Basic) when they are required.
     */
    public static EmbeddedEngine start(DataSource dataSource, Clock clock, String host, int port, int restPort,
            EngineCredentials credentials) {
        migrate(dataSource);
        RestServer.ClockRoutes clockRoutes = null;
        if (clock instanceof EngineClock controlled && controlled.controlled()) {
            // before the engine runs, so no timer fires by the system clock in between
            JdbcClockStore.restoreAndKeep(dataSource, controlled);
            clockRoutes = new RestServer.ClockRoutes(millis -> controlled.pin(java.time.Instant.ofEpochMilli(millis)),
                    controlled::reset);
        }
        Engine engine = new Engine(dataSource, clock);
        if (clock instanceof EngineClock controlled) {
            controlled.onChange(engine::clockChanged);
        }
        GatewayServer gateway = null;
        try {
            gateway = GatewayServer.start(engine, host, port, credentials);
            RestServer rest = restPort < 0 ? null
                    : RestServer.start(dataSource, host, restPort, credentials, clockRoutes, engine);
            return new EmbeddedEngine(engine, gateway, rest);
        } catch (RuntimeException e) {
            if (gateway != null) {
                gateway.close();
            }
            engine.close();
            throw e;
        }
    }

    private static void migrate(DataSource dataSource) {
        String vendor = vendor(dataSource);
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/engine/" + vendor)
                .table("engine_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    private static String vendor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
            if (product.contains("postgres")) {
                return "postgresql";
            }
            if (product.contains("h2")) {
                return "h2";
            }
            throw new IllegalStateException("Expected an H2 or PostgreSQL database for the engine, but got " + product);
        } catch (SQLException e) {
            throw new IllegalStateException("Expected to reach the engine's database, but " + e.getMessage(), e);
        }
    }

    /** The port the gRPC server listens on. */
    public int port() {
        return server.port();
    }

    /** The port the REST search API listens on, or {@link #NO_REST} when it was not started. */
    public int restPort() {
        return rest == null ? NO_REST : rest.port();
    }

    /** Stops accepting requests, finishes the command in progress and releases the ports. */
    @Override
    public void close() {
        if (rest != null) {
            rest.close();
        }
        server.stopAccepting();
        engine.close();
        server.close();
    }
}
