/**
 * Several Breachflow nodes on one database (issue 19): the work that must happen once per cluster, not once per
 * node. {@link io.breachflow.cluster.ClusterJobs} runs a scheduled or start-up job under a database lock (ShedLock's
 * {@code shedlock} table), so when three nodes fire the same schedule one of them does the work and the others skip
 * it; a node killed while holding a lock frees it when the job's {@code lockAtMostFor} runs out. Every run that did
 * the work is written to {@code cluster_job_run} (which node, when), so operators and tests can see who ran what.
 * On a single node nothing changes: the lock is always free. Depends on no other module.
 */
package io.breachflow.cluster;
