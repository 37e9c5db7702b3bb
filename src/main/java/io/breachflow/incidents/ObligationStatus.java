package io.breachflow.incidents;

/** Where one obligation of an incident stands. */
public enum ObligationStatus {
    OPEN,
    MET,
    NO_LONGER_REQUIRED
}
