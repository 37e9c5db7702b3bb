package io.breachflow.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One node per process, registered at startup and giving its lease up at shutdown; and ShedLock on the
 * application's database (table {@code shedlock}, migration V59) for the jobs that run once per cluster. The
 * lock's times come from the database ({@code usingDbTime}), so nodes whose clocks disagree still agree on who
 * holds a lock. Locks are taken programmatically by {@link ClusterJobs} rather than with {@code @SchedulerLock},
 * because each job's hold time follows its own configured period ({@link ClusterJob#periodic}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClusterProperties.class)
class ClusterConfiguration {

    @Bean(initMethod = "start", destroyMethod = "close")
    @DependsOnDatabaseInitialization // registers in cluster_node (V58) when it starts
    ClusterNode clusterNode(DataSource dataSource, ClusterProperties properties) {
        return new ClusterNode(dataSource, properties, Clock.systemUTC());
    }

    @Bean
    ClusterJobs clusterJobs(DataSource dataSource, JdbcClient jdbc, ClusterProperties properties) {
        String node = properties.nodeId() == null || properties.nodeId().isBlank() ? defaultNodeName()
                : properties.nodeId().strip();
        LockProvider locks = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).withLockedByValue(node).usingDbTime().build());
        return new ClusterJobs(locks, new JobRuns(jdbc, properties.runRetention()), node);
    }

    /** Host name and process id: tells apart several nodes on one machine too. */
    private static String defaultNodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "/" + ProcessHandle.current().pid();
    }
}
