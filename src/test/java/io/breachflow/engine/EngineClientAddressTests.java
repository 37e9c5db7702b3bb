package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;

/**
 * Issue 17: {@code --breachflow.engine.port=26600} used to leave the app's client on 26500, where another
 * instance's engine listened, and the app silently worked that instance's jobs.
 */
@ExtendWith(OutputCaptureExtension.class)
class EngineClientAddressTests {

    @Test
    void clientFollowsTheEnginePortsWhenItsAddressesAreNotSet() {
        MockEnvironment environment = new MockEnvironment().withProperty("breachflow.engine.port", "26600")
                .withProperty("breachflow.engine.rest-port", "8099");

        new EnginePortAllocation().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("camunda.client.grpc-address")).isEqualTo("http://127.0.0.1:26600");
        assertThat(environment.getProperty("camunda.client.rest-address")).isEqualTo("http://127.0.0.1:8099");
    }

    @Test
    void clientOfAnEngineOnAllInterfacesConnectsOverLoopback() {
        MockEnvironment environment = new MockEnvironment().withProperty("breachflow.engine.host", "0.0.0.0")
                .withProperty("breachflow.engine.port", "26700");

        new EnginePortAllocation().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("camunda.client.grpc-address")).isEqualTo("http://127.0.0.1:26700");
        assertThat(environment.getProperty("camunda.client.rest-address")).isEqualTo("http://127.0.0.1:8088");
    }

    @Test
    void explicitClientAddressOnTheEnginePortIsKept() {
        MockEnvironment environment = new MockEnvironment().withProperty("breachflow.engine.port", "26600")
                .withProperty("camunda.client.grpc-address", "http://localhost:26600");

        new EnginePortAllocation().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("camunda.client.grpc-address")).isEqualTo("http://localhost:26600");
    }

    @Test
    void realClusterIsLeftAloneWhenTheEngineIsOff() {
        MockEnvironment environment = new MockEnvironment().withProperty("breachflow.engine.enabled", "false")
                .withProperty("camunda.client.grpc-address", "http://zeebe.example:26500");

        new EnginePortAllocation().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("camunda.client.grpc-address")).isEqualTo("http://zeebe.example:26500");
        assertThat(environment.getProperty("camunda.client.rest-address")).isNull();
    }

    @Test
    void startUpStopsWithOneLineWhenTheClientNamesAnotherPortThanTheEngine(CapturedOutput output) {
        SpringApplication application = new SpringApplication(Nothing.class);
        application.setWebApplicationType(WebApplicationType.NONE);

        assertThatThrownBy(() -> application.run("--breachflow.engine.port=26600",
                "--camunda.client.grpc-address=http://127.0.0.1:26500", "--spring.main.banner-mode=off"))
                .isInstanceOf(EngineClientMismatchException.class);

        assertThat(output).contains("Breachflow's Camunda client would talk to http://127.0.0.1:26500 "
                + "(camunda.client.grpc-address), but its embedded engine listens on port 26600 "
                + "(breachflow.engine.port): it would work another instance's jobs.");
    }

    @Test
    void restAddressOnAnotherPortStopsStartUpToo() {
        MockEnvironment environment = new MockEnvironment().withProperty("breachflow.engine.rest-port", "8099")
                .withProperty("camunda.client.rest-address", "http://127.0.0.1:8088");

        assertThatThrownBy(() -> new EnginePortAllocation().postProcessEnvironment(environment,
                new SpringApplication()))
                .isInstanceOf(EngineClientMismatchException.class)
                .hasMessage("Expected camunda.client.rest-address to name the embedded engine's port 8099 "
                        + "(breachflow.engine.rest-port), but it is http://127.0.0.1:8088");
    }

    @Configuration(proxyBeanMethods = false)
    static class Nothing {
    }
}
