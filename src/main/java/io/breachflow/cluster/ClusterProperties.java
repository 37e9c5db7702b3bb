package io.breachflow.cluster;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code breachflow.cluster.*}.
 *
 * @param nodeName how this node is named in locks and run records; blank: host name and process id, which tells
 *                 apart several nodes on one machine too
 * @param runRetention how long {@code cluster_job_run} keeps a run
 */
@ConfigurationProperties("breachflow.cluster")
record ClusterProperties(String nodeName, @DefaultValue("P7D") Duration runRetention) {
}
