/**
 * Several Breachflow processes on one PostgreSQL database (issue 19).
 * <p>
 * Node liveness: each process is a {@link io.breachflow.cluster.ClusterNode} with a lease in {@code cluster_node}
 * that it renews by heartbeat; when a node's lease expires, exactly one survivor takes it over (a conditional
 * UPDATE of its row) and tells the modules that registered a
 * {@link io.breachflow.cluster.ClusterNode.LostNodeHandler}, so they can resolve work the lost node left in doubt.
 * A node that cannot renew its lease stops acting before any survivor may take it over.
 * <p>
 * Work that must happen once per cluster, not once per node: {@link io.breachflow.cluster.ClusterJobs} runs a
 * scheduled or start-up job under a database lock (ShedLock's {@code shedlock} table), so when three nodes fire
 * the same schedule one of them does the work and the others skip it; a node killed while holding a lock frees it
 * when the job's {@code lockAtMostFor} runs out. Every run that did the work is written to {@code cluster_job_run}
 * (which node, when). On a single node nothing changes: the lock is always free. Depends on no other module.
 */
package io.breachflow.cluster;
