package io.breachflow.engine;

import io.camunda.client.api.response.DeploymentEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The DMN test models under {@code src/test/resources/engine/dmn/}, read and deployed through the client. */
final class DmnFiles {
    static final String BREACH_RISK = "breach-risk.dmn";
    static final String HIT_POLICIES = "hit-policies.dmn";
    static final String INVALID_FEEL = "invalid-feel.dmn";

    private DmnFiles() {
    }

    static String text(String name) {
        try (InputStream in = DmnFiles.class.getResourceAsStream("/engine/dmn/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("Expected test model engine/dmn/" + name + ", but it is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DeploymentEvent deploy(EngineHarness engine, String name) {
        return deployText(engine, text(name), name);
    }

    static DeploymentEvent deployText(EngineHarness engine, String xml, String resourceName) {
        return engine.client().newDeployResourceCommand()
                .addResourceBytes(xml.getBytes(StandardCharsets.UTF_8), resourceName).send().join();
    }
}
