package io.breachflow.regimes.internal.rules;

/**
 * A rule resting on a fact regulations.md marks UNCONFIRMED: {@code flag} is the switch
 * ({@code breachflow.regimes.unconfirmed.disabled}), {@code note} what is unconfirmed and where.
 */
public record Unconfirmed(String flag, String note) {
}
