package io.breachflow.engine.rest;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import io.breachflow.engine.gateway.EngineCredentials;
import io.breachflow.engine.processing.Engine;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The HTTP door of the engine: the part of Camunda 8.8's Orchestration Cluster REST API ({@code /v2}) that the
 * Camunda client uses when it prefers REST (its default), beside the gRPC gateway. Commands go to the same
 * {@link Engine} methods the gRPC gateway calls, so durability and ordering do not depend on the door; searches
 * read committed state from the database on the HTTP threads, never through the engine's processing thread.
 * Answers that wait (job long polls, awaited instances) hold no thread: they are written when they complete.
 */
public final class RestServer implements AutoCloseable {
    private static final int THREADS = 4;
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService executor;

    private RestServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * The controlled clock's commands of the Orchestration Cluster API ({@code PUT /v2/clock} with
     * {@code {"timestamp"}}, {@code POST /v2/clock/reset}), as the Camunda client's {@code newClockPinCommand()}
     * and {@code newClockResetCommand()} send them; served only when the clock is controlled.
     */
    public record ClockRoutes(java.util.function.LongConsumer pin, Runnable reset) {
    }

    /** Where the gRPC gateway listens: reported by {@code GET /v2/topology} as the one broker's address. */
    public record Gateway(String host, int port) {
    }

    /**
     * Binds {@code host:port} (0 = any free port) and starts serving, answering 401 without {@code credentials}
     * when they are required (the same credentials as the gRPC gateway's); {@code clock} may be null.
     */
    public static RestServer start(Engine engine, DataSource dataSource, Gateway gateway, int port,
            EngineCredentials credentials, ClockRoutes clock) {
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
            HttpServer server = HttpServer.create(new InetSocketAddress(gateway.host(), port), 50);
            RestHandler handler = new RestHandler(routes(engine, dataSource, gateway, clock), executor);
            server.createContext("/", exchange -> {
                if (credentials.accept(exchange.getRequestHeaders().getFirst("Authorization"))) {
                    handler.handle(exchange);
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
            throw new UncheckedIOException("Expected to open the engine's REST API on " + gateway.host() + ":" + port
                    + ", but it could not be bound: " + e.getMessage(), e);
        }
    }

    /** Every route, most specific first where two patterns could match one path. */
    private static List<Route> routes(Engine engine, DataSource dataSource, Gateway gateway, ClockRoutes clock) {
        EngineReads reads = new EngineReads(dataSource);
        List<Route> routes = new ArrayList<>();
        routes.addAll(new ClusterRoutes(gateway.host(), gateway.port()).routes());
        routes.addAll(new DeploymentRoutes(engine).routes());
        routes.addAll(new ProcessInstanceRoutes(engine).routes());
        routes.addAll(new ProcessInstanceChangeRoutes(engine).routes());
        routes.addAll(new ResourceRoutes(engine).routes());
        routes.addAll(new ElementInstanceRoutes(engine).routes());
        routes.addAll(new JobRoutes(engine).routes());
        routes.addAll(new EventRoutes(engine).routes());
        routes.addAll(new DecisionRoutes(engine).routes());
        routes.addAll(new IncidentRoutes(engine).routes());
        routes.addAll(new VariableRoutes(reads).routes());
        routes.addAll(new ProcessDefinitionRoutes(reads).routes());
        routes.addAll(new SearchRoutes(reads).routes());
        routes.addAll(new UserTaskRoutes(new UserTaskEndpoints(engine, dataSource)).routes());
        if (clock != null) {
            routes.addAll(new ClockCommandRoutes(clock).routes());
        }
        return routes;
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
