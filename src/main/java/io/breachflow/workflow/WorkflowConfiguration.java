package io.breachflow.workflow;

import io.camunda.client.annotation.Deployment;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Deploys every model under {@code bpmn/} (copied into the jar by the build) when the client starts;
 * the engine keeps one version per changed model, so redeploying unchanged files is harmless. Scheduling
 * is for {@link UserTaskSync}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({WorkflowProperties.class, PublicWebProperties.class})
@Deployment(resources = "classpath*:bpmn/*.bpmn")
@EnableScheduling
class WorkflowConfiguration {
}
