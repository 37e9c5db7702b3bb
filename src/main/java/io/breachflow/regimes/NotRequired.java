package io.breachflow.regimes;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A duty that was checked and does not apply, with the reason (a threshold not met, an exemption, a
 * rule not in force or switched off) and the article, so "nothing to do" is as explainable as a duty.
 */
public record NotRequired(String regime, ObligationKind kind, String reason, String basis,
                          @JsonIgnore String recipient, @JsonIgnore String stage) {
}
