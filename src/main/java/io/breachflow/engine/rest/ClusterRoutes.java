package io.breachflow.engine.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * {@code GET /v2/topology} and {@code GET /v2/status}: one broker with one healthy leader partition, as the
 * gRPC Topology answers, so the client's health check reads the engine as up whichever door it uses.
 */
final class ClusterRoutes {
    static final String VERSION = "8.8.14";

    private final String host;
    private final int gatewayPort;

    ClusterRoutes(String host, int gatewayPort) {
        this.host = host;
        this.gatewayPort = gatewayPort;
    }

    List<Route> routes() {
        return List.of(
                Route.sync("GET", "/v2/topology", request -> Reply.json(topology())),
                Route.sync("GET", "/v2/status", request -> Reply.NO_CONTENT));
    }

    private ObjectNode topology() {
        ObjectNode topology = Json.object();
        ObjectNode broker = topology.putArray("brokers").addObject();
        broker.put("nodeId", 0);
        broker.put("host", host);
        broker.put("port", gatewayPort);
        ObjectNode partition = broker.putArray("partitions").addObject();
        partition.put("partitionId", 1);
        partition.put("role", "leader");
        partition.put("health", "healthy");
        broker.put("version", VERSION);
        topology.put("clusterSize", 1);
        topology.put("partitionsCount", 1);
        topology.put("replicationFactor", 1);
        topology.put("gatewayVersion", VERSION);
        return topology;
    }
}
