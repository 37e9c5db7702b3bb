package io.breachflow.regimes;

/** The NIS2 class of the organisation, if NIS2 covers it at all. */
public enum Nis2Entity {
    ESSENTIAL, IMPORTANT
}
