package io.breachflow.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code breachflow.engine.port=0} picks a free port before the context starts and points the
 * app's Camunda client at it, so test contexts (and several instances on one machine) never clash.
 */
class EnginePortAllocation implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean enabled = environment.getProperty("breachflow.engine.enabled", Boolean.class, true);
        int port = environment.getProperty("breachflow.engine.port", Integer.class, 26500);
        if (!enabled || port != 0) {
            return;
        }
        String host = environment.getProperty("breachflow.engine.host", "127.0.0.1");
        int free = freePort(host);
        environment.getPropertySources().addFirst(new MapPropertySource("breachflowEnginePort", Map.of(
                "breachflow.engine.port", free,
                "camunda.client.grpc-address", "http://" + host + ":" + free)));
    }

    private static int freePort(String host) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Expected a free port for the embedded engine on " + host, e);
        }
    }
}
