package io.breachflow.cluster;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One node per process, registered at startup and giving its lease up at shutdown. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClusterProperties.class)
class ClusterConfiguration {

    @Bean(initMethod = "start", destroyMethod = "close")
    @DependsOnDatabaseInitialization // registers in cluster_node (V58) when it starts
    ClusterNode clusterNode(DataSource dataSource, ClusterProperties properties) {
        return new ClusterNode(dataSource, properties, Clock.systemUTC());
    }
}
