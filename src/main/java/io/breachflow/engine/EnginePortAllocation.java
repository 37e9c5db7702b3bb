package io.breachflow.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the app's own Camunda client at the embedded engine, so it never works another instance's jobs.
 * {@code camunda.client.grpc-address} and {@code rest-address} follow {@code breachflow.engine.port} and
 * {@code rest-port} unless set explicitly; set explicitly to another port than the engine's, start-up stops
 * ({@link EngineClientMismatchException}, explained by {@link EngineClientMismatchFailureAnalyzer}).
 *
 * <p>{@code breachflow.engine.port=0} picks a free port before the context starts, so test contexts (and
 * several instances on one machine) never clash; likewise {@code rest-port=0}, and with {@code port=0} and no
 * explicit {@code rest-port} the REST port is picked freely too. When the engine has credentials
 * ({@code breachflow.engine.auth.*}) the app's own client is given them ({@code camunda.client.auth.method=basic})
 * unless its auth is configured otherwise.
 */
class EnginePortAllocation implements EnvironmentPostProcessor {

    static final String GRPC_ADDRESS = "camunda.client.grpc-address";
    static final String REST_ADDRESS = "camunda.client.rest-address";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean enabled = environment.getProperty("breachflow.engine.enabled", Boolean.class, true);
        if (!enabled) {
            return;
        }
        String host = environment.getProperty("breachflow.engine.host", "127.0.0.1");
        String clientHost = wildcard(host) ? "127.0.0.1" : host;
        int port = environment.getProperty("breachflow.engine.port", Integer.class, 26500);
        Integer restPort = environment.getProperty("breachflow.engine.rest-port", Integer.class);
        boolean anyPort = port == 0;
        Map<String, Object> allocated = new HashMap<>();
        if (anyPort) {
            port = freePort(host);
            allocated.put("breachflow.engine.port", port);
            allocated.put(GRPC_ADDRESS, "http://" + clientHost + ":" + port);
        } else {
            follow(environment, allocated, GRPC_ADDRESS, "breachflow.engine.port", clientHost, port);
        }
        if ((restPort == null && anyPort) || (restPort != null && restPort == 0)) {
            int free = freePort(host);
            allocated.put("breachflow.engine.rest-port", free);
            allocated.put(REST_ADDRESS, "http://" + clientHost + ":" + free);
        } else if (restPort == null || restPort > 0) {
            follow(environment, allocated, REST_ADDRESS, "breachflow.engine.rest-port", clientHost,
                    restPort == null ? 8088 : restPort);
        }
        // the app's own client carries its own engine's credentials unless told otherwise
        String username = environment.getProperty("breachflow.engine.auth.username");
        if (username != null && !username.isBlank() && environment.getProperty("camunda.client.auth.method") == null) {
            allocated.put("camunda.client.auth.method", "basic");
            allocated.put("camunda.client.auth.username", username);
            allocated.put("camunda.client.auth.password", environment.getProperty("breachflow.engine.auth.password", ""));
        }
        if (!allocated.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource("breachflowEnginePort", allocated));
        }
    }

    /** Derives the client address from the engine's port when unset; an explicit one must name that port. */
    private static void follow(ConfigurableEnvironment environment, Map<String, Object> allocated, String address,
            String portProperty, String clientHost, int enginePort) {
        String configured = environment.getProperty(address);
        if (configured == null || configured.isBlank()) {
            allocated.put(address, "http://" + clientHost + ":" + enginePort);
            return;
        }
        int clientPort = portOf(configured);
        if (clientPort != enginePort) {
            throw new EngineClientMismatchException(address, configured, portProperty, enginePort);
        }
    }

    /** The port of a client address such as {@code http://127.0.0.1:26500}, or -1 when it names none. */
    static int portOf(String address) {
        try {
            URI uri = URI.create(address.trim());
            if (uri.getPort() >= 0) {
                return uri.getPort();
            }
            return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : -1;
        } catch (IllegalArgumentException notAUri) {
            return -1;
        }
    }

    private static boolean wildcard(String host) {
        return "0.0.0.0".equals(host) || "::".equals(host) || "[::]".equals(host);
    }

    private static int freePort(String host) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Expected a free port for the embedded engine on " + host, e);
        }
    }
}
