package io.breachflow.regimes;

/** What caused the incident (design.md §7); several laws treat malicious causes differently. */
public enum Cause {
    EXTERNAL_ATTACK, INSIDER, LOSS_OR_THEFT, MISDIRECTION, SYSTEM_ERROR, VENDOR, UNKNOWN
}
