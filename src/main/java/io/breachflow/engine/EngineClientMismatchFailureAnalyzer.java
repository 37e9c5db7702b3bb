package io.breachflow.engine;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains in one line why Breachflow refused to start when its Camunda client points at another port than
 * its embedded engine (two instances on one machine, one started with {@code --breachflow.engine.port=26600}
 * and an old {@code camunda.client.grpc-address} left in its configuration). Registered in
 * {@code META-INF/spring.factories}.
 */
class EngineClientMismatchFailureAnalyzer extends AbstractFailureAnalyzer<EngineClientMismatchException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EngineClientMismatchException cause) {
        String description = "Breachflow's Camunda client would talk to " + cause.clientAddress() + " ("
                + cause.clientProperty() + "), but its embedded engine listens on port " + cause.enginePort() + " ("
                + cause.engineProperty() + "): it would work another instance's jobs.";
        String action = "Remove " + cause.clientProperty() + " (it follows " + cause.engineProperty()
                + " when unset), set it to port " + cause.enginePort()
                + ", or set breachflow.engine.enabled=false to use that engine instead.";
        return new FailureAnalysis(description, action, cause);
    }
}
