package io.breachflow.workflow;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.Topology;
import java.time.Duration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code engine} in {@code /actuator/health} and in the readiness probe: the engine answers a topology request
 * through the app's own Camunda client within 3 seconds (embedded or a real cluster alike). Details — gateway
 * version, cluster size, partitions — are shown to ADMIN only ({@code management.endpoint.health.show-details}).
 */
@Component("engine")
class EngineHealth implements HealthIndicator {

    static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final CamundaClient client;

    EngineHealth(CamundaClient client) {
        this.client = client;
    }

    @Override
    public Health health() {
        try {
            Topology topology = client.newTopologyRequest().requestTimeout(TIMEOUT).send().join();
            return Health.up().withDetail("gatewayVersion", String.valueOf(topology.getGatewayVersion()))
                    .withDetail("clusterSize", topology.getClusterSize())
                    .withDetail("partitions", topology.getPartitionsCount())
                    .withDetail("brokers", topology.getBrokers().size()).build();
        } catch (RuntimeException unreachable) {
            // the exception's message may name addresses or credentials settings: its type is enough here
            return Health.down().withDetail("error", unreachable.getClass().getSimpleName()).build();
        }
    }
}
