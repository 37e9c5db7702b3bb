/**
 * Node liveness for several Breachflow processes on one PostgreSQL database (issue 19). Each process is a
 * {@link io.breachflow.cluster.ClusterNode} with a lease in {@code cluster_node} that it renews by heartbeat;
 * when a node's lease expires, exactly one survivor takes it over (a conditional UPDATE of its row) and tells
 * the modules that registered a {@link io.breachflow.cluster.ClusterNode.LostNodeHandler}, so they can resolve
 * work the lost node left in doubt. A node that cannot renew its lease stops acting before any survivor may
 * take it over. Scheduled-job locks are not kept here. Depends on no other module.
 */
package io.breachflow.cluster;
