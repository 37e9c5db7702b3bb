package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.PartitionBrokerHealth;
import io.camunda.client.api.response.PartitionBrokerRole;
import io.camunda.client.api.response.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TopologyConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    @Test
    void reportsOneHealthyBrokerLeadingOnePartition() {
        Topology topology = engine.client().newTopologyRequest().send().join();

        assertThat(topology.getClusterSize()).isEqualTo(1);
        assertThat(topology.getPartitionsCount()).isEqualTo(1);
        assertThat(topology.getReplicationFactor()).isEqualTo(1);
        assertThat(topology.getBrokers()).singleElement().satisfies(broker -> {
            assertThat(broker.getPartitions()).singleElement().satisfies(partition -> {
                assertThat(partition.getPartitionId()).isEqualTo(1);
                assertThat(partition.getRole()).isEqualTo(PartitionBrokerRole.LEADER);
                assertThat(partition.getHealth()).isEqualTo(PartitionBrokerHealth.HEALTHY);
            });
        });
    }
}
