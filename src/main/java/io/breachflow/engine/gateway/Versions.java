package io.breachflow.engine.gateway;

/** The Zeebe version whose gateway protocol and semantics the engine follows. */
final class Versions {
    static final String ZEEBE = "8.8.14";

    private Versions() {
    }
}
