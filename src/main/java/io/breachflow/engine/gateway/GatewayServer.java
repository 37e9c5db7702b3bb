package io.breachflow.engine.gateway;

import io.breachflow.engine.processing.Engine;
import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/** The gRPC server on the gateway port. */
public final class GatewayServer implements AutoCloseable {
    private static final int MAX_MESSAGE_BYTES = 5 * 1024 * 1024;

    private final Server server;

    private GatewayServer(Server server) {
        this.server = server;
    }

    public static GatewayServer start(Engine engine, String host, int port) {
        return start(engine, host, port, EngineCredentials.NONE);
    }

    /** As {@link #start(Engine, String, int)}, refusing calls without {@code credentials} when they are required. */
    public static GatewayServer start(Engine engine, String host, int port, EngineCredentials credentials) {
        java.util.concurrent.atomic.AtomicInteger bound = new java.util.concurrent.atomic.AtomicInteger(port);
        GatewayService service = new GatewayService(engine, host, bound::get);
        Server server = NettyServerBuilder.forAddress(new InetSocketAddress(host, port))
                .addService(credentials.required()
                        ? io.grpc.ServerInterceptors.intercept(service, new BasicAuthInterceptor(credentials))
                        : service.bindService())
                .maxInboundMessageSize(MAX_MESSAGE_BYTES)
                .permitKeepAliveWithoutCalls(true)
                .permitKeepAliveTime(10, TimeUnit.SECONDS)
                .build();
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Expected to open the Zeebe gateway on " + host + ":" + port
                    + ", but it could not be bound: " + e.getMessage(), e);
        }
        bound.set(server.getPort());
        return new GatewayServer(server);
    }

    public int port() {
        return server.getPort();
    }

    /** Stops taking new calls; calls in flight go on. */
    public void stopAccepting() {
        server.shutdown();
    }

    @Override
    public void close() {
        server.shutdown();
        try {
            // open job streams never end on their own: give answers a moment, then cut them
            if (!server.awaitTermination(1, TimeUnit.SECONDS)) {
                server.shutdownNow();
                server.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.shutdownNow();
        }
    }
}
