package io.breachflow.engine;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded engine inside the application, on the application's database. Nothing
 * references the bean: the app talks to it through the Camunda client like to any cluster.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EngineProperties.class)
@ConditionalOnProperty(prefix = "breachflow.engine", name = "enabled", havingValue = "true", matchIfMissing = true)
class EngineConfiguration {

    /**
     * Starts after the application's own Flyway migration (when there is one), so the application's
     * schema history starts on an empty schema and the engine's baselines beside it.
     */
    @Bean(destroyMethod = "close")
    EmbeddedEngine embeddedEngine(DataSource dataSource, EngineProperties properties, EngineClock clock,
            ObjectProvider<FlywayMigrationInitializer> applicationMigrations) {
        applicationMigrations.ifAvailable(initializer -> { });
        return EmbeddedEngine.start(dataSource, clock, properties.host(), properties.port(),
                properties.restPort(), properties.credentials());
    }

    /** The engine's time; controllable over HTTP only when {@code breachflow.engine.clock.controlled=true}. */
    @Bean
    EngineClock engineClock(@Value("${breachflow.engine.clock.controlled:false}") boolean controlled) {
        return new EngineClock(java.time.Clock.systemUTC(), controlled);
    }
}
