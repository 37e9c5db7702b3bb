package io.breachflow.engine.rest;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The loopback HTTP server for the part of Camunda 8.8's Orchestration Cluster REST API ({@code /v2})
 * that the Camunda client's search requests use. The 8.8 client sends searches over REST only, so without
 * it the application could not read process history through the client. Requests run on two threads of
 * their own and read committed state from the database, never through the engine's processing thread.
 */
public final class RestServer implements AutoCloseable {
    private static final int THREADS = 2;
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService executor;

    private RestServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Binds {@code host:port} (0 = any free port) and starts serving. */
    public static RestServer start(DataSource dataSource, String host, int port) {
        return start(dataSource, host, port, io.breachflow.engine.gateway.EngineCredentials.NONE);
    }

    /** As {@link #start(DataSource, String, int)}, answering 401 without {@code credentials} when they are required. */
    public static RestServer start(DataSource dataSource, String host, int port,
            io.breachflow.engine.gateway.EngineCredentials credentials) {
        return start(dataSource, host, port, credentials, null);
    }

    /**
     * The controlled clock's commands of the Orchestration Cluster API ({@code PUT /v2/clock} with
     * {@code {"timestamp"}}, {@code POST /v2/clock/reset}), as the Camunda client's {@code newClockPinCommand()}
     * and {@code newClockResetCommand()} send them; served only when the clock is controlled.
     */
    public record ClockRoutes(java.util.function.LongConsumer pin, Runnable reset) {
    }

    /** As {@link #start(DataSource, String, int, io.breachflow.engine.gateway.EngineCredentials)}, with clock routes or null. */
    public static RestServer start(DataSource dataSource, String host, int port,
            io.breachflow.engine.gateway.EngineCredentials credentials, ClockRoutes clock) {
        return start(dataSource, host, port, credentials, clock, null);
    }

    /** As above, also serving Camunda user task commands through {@code engine} (null: user tasks not served). */
    public static RestServer start(DataSource dataSource, String host, int port,
            io.breachflow.engine.gateway.EngineCredentials credentials, ClockRoutes clock,
            io.breachflow.engine.processing.Engine engine) {
        // The JDK server writes a response's headers and body separately; with Nagle's algorithm on, the body
        // waits for the client's delayed ACK (40 ms on Linux) on every keep-alive request. Read once, when the
        // JDK's server configuration is first loaded, so it is set before the first server is created.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "engine-rest-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 50);
            RestHandler reads = new RestHandler(new EngineReads(dataSource), clock);
            if (engine != null) {
                reads.withUserTasks(new UserTaskEndpoints(engine, dataSource));
            }
            server.createContext("/", exchange -> {
                if (credentials.accept(exchange.getRequestHeaders().getFirst("Authorization"))) {
                    reads.handle(exchange);
                    return;
                }
                exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"breachflow-engine\"");
                exchange.sendResponseHeaders(401, -1);
                exchange.close();
            });
            server.setExecutor(executor);
            server.start();
            return new RestServer(server, executor);
        } catch (IOException e) {
            executor.shutdownNow();
            throw new UncheckedIOException("Expected to open the engine's REST API on " + host + ":" + port
                    + ", but it could not be bound: " + e.getMessage(), e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops accepting, lets requests in flight finish for up to a second, then releases the port. */
    @Override
    public void close() {
        server.stop(1);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }
}
