package io.breachflow.engine;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code breachflow.engine.*}: whether the app runs its own engine (off in the {@code camunda}
 * profile, where a real cluster serves the same protocol), where its gateway listens and where its
 * REST API listens ({@code rest-port}; -1 starts none, and then a client preferring REST fails), and the credentials an engine listening beyond
 * loopback requires ({@code auth.username}, {@code auth.password}: HTTP Basic, as the Camunda client sends them with
 * {@code camunda.client.auth.method=basic}).
 */
@ConfigurationProperties("breachflow.engine")
record EngineProperties(@DefaultValue("true") boolean enabled, @DefaultValue("127.0.0.1") String host,
        @DefaultValue("26500") int port, @DefaultValue("8088") int restPort, Auth auth) {

    /** The one account of an exposed engine; both blank on loopback. */
    record Auth(String username, String password) {
    }

    /**
     * The credentials to require.
     *
     * @throws IllegalStateException when the engine listens beyond loopback without credentials
     */
    io.breachflow.engine.gateway.EngineCredentials credentials() {
        boolean given = auth != null && auth.username() != null && !auth.username().isBlank()
                && auth.password() != null && !auth.password().isBlank();
        if (given) {
            return new io.breachflow.engine.gateway.EngineCredentials(auth.username(), auth.password());
        }
        if (!loopback()) {
            throw new IllegalStateException("Expected breachflow.engine.auth.username and .password when the engine "
                    + "listens on " + host + " (beyond loopback), but they are not set: anyone who reaches the port "
                    + "could run the breach processes' jobs. Set them, and camunda.client.auth.method=basic with the "
                    + "same username and password, or keep breachflow.engine.host=127.0.0.1");
        }
        return io.breachflow.engine.gateway.EngineCredentials.NONE;
    }

    private boolean loopback() {
        try {
            return java.net.InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException unknown) {
            return false;
        }
    }
}
