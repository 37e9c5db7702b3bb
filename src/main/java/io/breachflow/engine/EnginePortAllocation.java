package io.breachflow.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code breachflow.engine.port=0} picks a free port before the context starts and points the
 * app's Camunda client at it, so test contexts (and several instances on one machine) never clash.
 * The same goes for the REST search API: {@code breachflow.engine.rest-port=0} picks a free port and
 * sets {@code camunda.client.rest-address}; with {@code port=0} and no explicit {@code rest-port},
 * the REST port is picked freely too. When the engine has credentials ({@code breachflow.engine.auth.*}) the app's
 * own client is given them ({@code camunda.client.auth.method=basic}) unless its auth is configured otherwise.
 */
class EnginePortAllocation implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean enabled = environment.getProperty("breachflow.engine.enabled", Boolean.class, true);
        if (!enabled) {
            return;
        }
        String host = environment.getProperty("breachflow.engine.host", "127.0.0.1");
        int port = environment.getProperty("breachflow.engine.port", Integer.class, 26500);
        Integer restPort = environment.getProperty("breachflow.engine.rest-port", Integer.class);
        Map<String, Object> allocated = new HashMap<>();
        if (port == 0) {
            int free = freePort(host);
            allocated.put("breachflow.engine.port", free);
            allocated.put("camunda.client.grpc-address", "http://" + host + ":" + free);
        }
        if ((restPort == null && port == 0) || (restPort != null && restPort == 0)) {
            int free = freePort(host);
            allocated.put("breachflow.engine.rest-port", free);
            allocated.put("camunda.client.rest-address", "http://" + host + ":" + free);
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

    private static int freePort(String host) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Expected a free port for the embedded engine on " + host, e);
        }
    }
}
