package io.breachflow.engine;

import java.time.Clock;
import javax.sql.DataSource;

/**
 * Breachflow's own Zeebe-compatible engine, served over the Zeebe gateway gRPC API.
 *
 * <p>Camunda's engine is not open source, so Breachflow carries a small durable engine of its own
 * that speaks the same wire protocol: the unmodified Camunda client (and any Zeebe gRPC client)
 * drives it, and the application never imports this package. State lives in the given database
 * (own Flyway history table {@code engine_schema_history}); every command runs to its wait states in
 * one transaction committed before the gRPC answer, so a {@code kill -9} loses nothing.
 */
public final class EmbeddedEngine implements AutoCloseable {

    /**
     * Migrates the engine schema, starts command processing and the gRPC server.
     *
     * @param port the gRPC port, or 0 for any free port (see {@link #port()})
     */
    public static EmbeddedEngine start(DataSource dataSource, Clock clock, String host, int port) {
        throw new UnsupportedOperationException("Expected the embedded engine to exist, but it is not built yet");
    }

    /** The port the gRPC server listens on. */
    public int port() {
        throw new UnsupportedOperationException();
    }

    /** Stops accepting requests, finishes the command in progress and releases the port. */
    @Override
    public void close() {
    }
}
