package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EnginePropertiesTests {

    @Test
    void anEngineOnLoopbackNeedsNoCredentials() {
        assertThat(new EngineProperties(true, "127.0.0.1", 26500, 8088, null).credentials().required()).isFalse();
    }

    @Test
    void anEngineExposedBeyondLoopbackRefusesToStartWithoutCredentials() {
        assertThatThrownBy(() -> new EngineProperties(true, "0.0.0.0", 26500, 8088, null).credentials())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("breachflow.engine.auth.username")
                .hasMessageContaining("camunda.client.auth.method=basic");
    }

    @Test
    void anExposedEngineWithCredentialsRequiresThem() {
        EngineProperties exposed = new EngineProperties(true, "0.0.0.0", 26500, 8088,
                new EngineProperties.Auth("breachflow", "s3cret-engine-password"));

        assertThat(exposed.credentials().required()).isTrue();
        assertThat(exposed.credentials().toString()).doesNotContain("s3cret");
    }
}
