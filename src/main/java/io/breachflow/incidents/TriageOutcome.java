package io.breachflow.incidents;

/** What triage decided a suspected incident is. Only {@link #BREACH} starts legal clocks. */
public enum TriageOutcome {
    BREACH,
    SECURITY_INCIDENT,
    FALSE_ALARM
}
