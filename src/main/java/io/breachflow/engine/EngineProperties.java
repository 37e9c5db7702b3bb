package io.breachflow.engine;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code breachflow.engine.*}: whether the app runs its own engine (off in the {@code camunda}
 * profile, where a real cluster serves the same protocol), where its gateway listens and where its
 * REST search API listens ({@code rest-port}; -1 starts none).
 */
@ConfigurationProperties("breachflow.engine")
record EngineProperties(@DefaultValue("true") boolean enabled, @DefaultValue("127.0.0.1") String host,
        @DefaultValue("26500") int port, @DefaultValue("8088") int restPort) {
}
