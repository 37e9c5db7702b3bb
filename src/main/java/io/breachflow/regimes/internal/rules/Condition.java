package io.breachflow.regimes.internal.rules;

import io.breachflow.regimes.Cause;
import io.breachflow.regimes.DataCategory;
import io.breachflow.regimes.Nis2Entity;
import java.util.List;

/**
 * A trigger as written in a rule file. Every field set must hold (AND); {@code anyOf} needs one of
 * its branches, {@code allOf} all, {@code not} its negation (exemptions). {@code label} is the
 * wording shown in reasons; without one the condition describes itself from its values.
 * {@code noHarmDetermined} holds when the officer recorded a risk-of-harm determination for the rule's
 * jurisdiction ({@code BreachFacts.noHarmDetermined}): Alaska's notice to the Attorney General, for one.
 * {@code totalCount} counts everyone affected, wherever they live (North Dakota: "exceeds 250 individuals").
 */
public record Condition(
        String label,
        Threshold count,
        Threshold totalCount,
        List<DataCategory> categoriesAny,
        List<Cause> causesAny,
        Boolean unauthorizedAccess,
        Boolean encrypted,
        Boolean likelyRisk,
        Boolean highRisk,
        Boolean secRegistrant,
        Boolean onlineServiceProvider,
        Boolean criticalInfrastructure,
        List<Nis2Entity> nis2EntityAny,
        Boolean euMainEstablishment,
        List<String> homeCountryAny,
        Boolean affectedInScope,
        Boolean noHarmDetermined,
        List<Condition> anyOf,
        List<Condition> allOf,
        Condition not) {
}
