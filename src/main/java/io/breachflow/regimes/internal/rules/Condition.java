package io.breachflow.regimes.internal.rules;

import io.breachflow.regimes.Cause;
import io.breachflow.regimes.DataCategory;
import io.breachflow.regimes.Nis2Entity;
import java.util.List;

/**
 * A trigger as written in a rule file. Every field set must hold (AND); {@code anyOf} needs one of
 * its branches, {@code allOf} all, {@code not} its negation (exemptions). {@code label} is the
 * wording shown in reasons; without one the condition describes itself from its values.
 */
public record Condition(
        String label,
        Threshold count,
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
        List<Condition> anyOf,
        List<Condition> allOf,
        Condition not) {
}
