package io.breachflow.regimes.internal;

import io.breachflow.regimes.BreachFacts;
import io.breachflow.regimes.BreachFacts.Organization;
import io.breachflow.regimes.DataCategory;
import io.breachflow.regimes.RiskAssessment;
import io.breachflow.regimes.internal.rules.Condition;
import io.breachflow.regimes.internal.rules.Threshold;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Tests a rule's trigger against the facts and says why, in words taken from the rule file: the
 * reasons of obligations and of "not required" entries are built from these.
 */
final class Conditions {

    /**
     * What a trigger is tested against: the facts, the risk, the headcount in the rule's scope, and the
     * jurisdiction codes of that scope (for a recorded risk-of-harm determination).
     */
    record Situation(BreachFacts facts, RiskAssessment risk, String riskNote, long count, String where,
                     Set<String> scope) {

        Situation(BreachFacts facts, RiskAssessment risk, long count, String where, Set<String> scope) {
            this(facts, risk, risk.computed() ? " (computed: " + risk.formula() + ")" : " (as assessed)", count, where,
                    scope);
        }

        Situation at(long otherCount, String otherWhere, Set<String> otherScope) {
            return new Situation(facts, risk, riskNote, otherCount, otherWhere, otherScope);
        }

        boolean noHarmDetermined() {
            for (String jurisdiction : facts.noHarmDetermined()) {
                if (scope.contains(jurisdiction)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * @param because   for a holding condition what made it hold, else what is missing
     * @param neutral   the condition's own wording, for "one of: …"
     * @param usedRisk  whether a computed risk conclusion decided the outcome
     */
    record Result(boolean holds, List<String> because, String neutral, boolean usedRisk) {
    }

    private Conditions() {
    }

    static Result test(Condition condition, Situation situation) {
        if (condition == null) {
            return new Result(true, List.of(), "always", false);
        }
        List<Result> parts = new ArrayList<>();
        leaves(condition, situation, parts);
        if (condition.anyOf() != null) {
            parts.add(anyOf(condition, situation));
        }
        if (condition.allOf() != null) {
            parts.add(all(condition.allOf().stream().map(c -> test(c, situation)).toList(), condition.label()));
        }
        if (condition.not() != null) {
            parts.add(not(condition.not(), situation));
        }
        return all(parts, condition.label());
    }

    private static void leaves(Condition c, Situation s, List<Result> parts) {
        BreachFacts facts = s.facts();
        Organization org = facts.organization();
        if (c.count() != null) {
            parts.add(count(c, s));
        }
        if (c.totalCount() != null) {
            String text = label(c, () -> c.totalCount().describe() + " individuals affected in all")
                    + " (" + Threshold.format(facts.affectedTotal()) + " in all)";
            parts.add(leaf(c.totalCount().test(facts.affectedTotal()), text, text));
        }
        if (c.categoriesAny() != null) {
            List<DataCategory> found = c.categoriesAny().stream().filter(facts.dataCategories()::contains).toList();
            String text = label(c, () -> "data of the kinds " + c.categoriesAny());
            parts.add(leaf(!found.isEmpty(), found.isEmpty() ? text : text + " (" + found + ")", text));
        }
        if (c.causesAny() != null) {
            parts.add(leaf(c.causesAny().contains(facts.cause()), c, () -> "caused by " + c.causesAny()));
        }
        add(parts, c, c.unauthorizedAccess(), facts.unauthorizedAccessAssumed(), "unauthorized access");
        add(parts, c, c.encrypted(), facts.encryptedEstablished(), "data encrypted");
        add(parts, c, c.secRegistrant(), Boolean.TRUE.equals(org.secRegistrant()), "SEC registrant");
        add(parts, c, c.onlineServiceProvider(), Boolean.TRUE.equals(org.onlineServiceProvider()), "online service provider");
        add(parts, c, c.criticalInfrastructure(), Boolean.TRUE.equals(org.criticalInfrastructure()), "critical-infrastructure operator");
        add(parts, c, c.euMainEstablishment(), org.euMainEstablishment() != null, "main establishment in the EU");
        add(parts, c, c.affectedInScope(), s.count() > 0, "people affected in " + s.where());
        add(parts, c, c.noHarmDetermined(), s.noHarmDetermined(),
                "a risk-of-harm determination recorded for " + s.where());
        if (c.nis2EntityAny() != null) {
            parts.add(leaf(c.nis2EntityAny().contains(org.nis2Entity()), c, () -> "NIS2 entity " + c.nis2EntityAny()));
        }
        if (c.homeCountryAny() != null) {
            parts.add(leaf(c.homeCountryAny().contains(org.homeCountry()), c, () -> "home country " + c.homeCountryAny()));
        }
        risk(parts, c, c.likelyRisk(), s.risk().likelyRisk(), s, "a risk to individuals is likely");
        risk(parts, c, c.highRisk(), s.risk().highRisk(), s, "a high risk to individuals is likely");
    }

    private static Result count(Condition c, Situation s) {
        Threshold threshold = c.count();
        String text = label(c, () -> threshold.describe() + " affected") + " (" + Threshold.format(s.count())
                + " in " + s.where() + ")";
        return leaf(threshold.test(s.count()), text, text);
    }

    private static void add(List<Result> parts, Condition c, Boolean expected, boolean actual, String what) {
        if (expected != null) {
            parts.add(leaf(expected == actual, c, () -> expected ? what : "not " + what));
        }
    }

    private static void risk(List<Result> parts, Condition c, Boolean expected, boolean actual, Situation s,
                             String what) {
        if (expected != null) {
            String text = label(c, () -> expected ? what : "no " + what) + s.riskNote();
            Result result = leaf(expected == actual, text, text);
            parts.add(new Result(result.holds(), result.because(), text, s.risk().computed()));
        }
    }

    private static Result anyOf(Condition c, Situation s) {
        List<Result> branches = c.anyOf().stream().map(branch -> test(branch, s)).toList();
        List<String> because = new ArrayList<>();
        boolean usedRisk = false;
        for (Result branch : branches) {
            if (branch.holds()) {
                because.addAll(branch.because());
                usedRisk |= branch.usedRisk();
            }
        }
        String neutral = String.join("; ", branches.stream().map(Result::neutral).toList());
        if (!because.isEmpty() || branches.stream().anyMatch(Result::holds)) {
            return new Result(true, because, neutral, usedRisk);
        }
        boolean riskDecided = branches.stream().anyMatch(Result::usedRisk);
        return new Result(false, List.of("needs one of: " + neutral), neutral, riskDecided);
    }

    private static Result not(Condition inner, Situation s) {
        Result result = test(inner, s);
        String text = inner.label() != null ? inner.label() : result.neutral();
        return new Result(!result.holds(), result.holds() ? List.of("exempt: " + text) : List.of(),
                "not " + text, result.usedRisk());
    }

    private static Result all(List<Result> parts, String label) {
        List<String> because = new ArrayList<>();
        boolean holds = parts.stream().allMatch(Result::holds);
        boolean usedRisk = false;
        for (Result part : parts) {
            if (part.holds() == holds) {
                because.addAll(part.because());
                usedRisk |= part.usedRisk();
            }
        }
        String neutral = parts.size() == 1 ? parts.get(0).neutral()
                : label != null ? label : String.join(" and ", parts.stream().map(Result::neutral).toList());
        return new Result(holds, because.stream().distinct().toList(), neutral, usedRisk);
    }

    private static Result leaf(boolean holds, Condition c, Supplier<String> fallback) {
        String text = label(c, fallback);
        return leaf(holds, text, text);
    }

    private static Result leaf(boolean holds, String text, String neutral) {
        return new Result(holds, List.of(holds ? text : "needs " + text), neutral, false);
    }

    private static String label(Condition c, Supplier<String> fallback) {
        return c.label() != null ? c.label() : fallback.get();
    }
}
