package io.breachflow.engine;

/**
 * The app's Camunda client is configured for another port than the embedded engine listens on: it would
 * work another instance's jobs (or none), so start-up stops.
 */
class EngineClientMismatchException extends IllegalStateException {

    private final String clientProperty;
    private final String clientAddress;
    private final String engineProperty;
    private final int enginePort;

    EngineClientMismatchException(String clientProperty, String clientAddress, String engineProperty, int enginePort) {
        super("Expected " + clientProperty + " to name the embedded engine's port " + enginePort + " ("
                + engineProperty + "), but it is " + clientAddress);
        this.clientProperty = clientProperty;
        this.clientAddress = clientAddress;
        this.engineProperty = engineProperty;
        this.enginePort = enginePort;
    }

    String clientProperty() {
        return clientProperty;
    }

    String clientAddress() {
        return clientAddress;
    }

    String engineProperty() {
        return engineProperty;
    }

    int enginePort() {
        return enginePort;
    }
}
