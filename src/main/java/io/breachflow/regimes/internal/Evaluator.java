package io.breachflow.regimes.internal;

import io.breachflow.regimes.BreachFacts;
import io.breachflow.regimes.BusinessCalendars;
import io.breachflow.regimes.Evaluation;
import io.breachflow.regimes.NotRequired;
import io.breachflow.regimes.Obligation;
import io.breachflow.regimes.ObligationKind;
import io.breachflow.regimes.RiskAssessment;
import io.breachflow.regimes.internal.Conditions.Result;
import io.breachflow.regimes.internal.Conditions.Situation;
import io.breachflow.regimes.internal.rules.Exemption;
import io.breachflow.regimes.internal.rules.RegimeDefinition;
import io.breachflow.regimes.internal.rules.RuleBook;
import io.breachflow.regimes.internal.rules.RuleDefinition;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies every rule of every regime to one set of facts. A rule either yields obligations (one, or
 * one per concerned jurisdiction) or a "not required" entry saying which condition failed, which
 * exemption applied, or that the rule is not in force or switched off.
 */
public final class Evaluator {

    private final List<Regime> regimes;
    private final Map<String, Located> rules = new HashMap<>();
    private final DeadlineRules deadlines;
    private final RegimesProperties properties;
    /** Each rule's basis without a computed-risk note, and its entry when its regime does not apply: built once. */
    private final Map<RuleDefinition, String> bases = new IdentityHashMap<>();
    private final Map<RuleDefinition, NotRequired> unapplied = new IdentityHashMap<>();

    /** A regime with its jurisdictions as a set, built once. */
    record Regime(RegimeDefinition definition, Set<String> jurisdictions) {
    }

    /** A rule and the regime it belongs to. */
    record Located(Regime regime, RuleDefinition rule) {
    }

    /** Whom one obligation of a rule addresses, how many people it concerns, and their jurisdictions. */
    private record Target(String jurisdiction, long count, String where, Set<String> scope) {
    }

    /** One evaluation's inputs. */
    private record Context(BreachFacts facts, RiskAssessment risk, LocalDate asOf, Map<String, Instant> sent) {
    }

    public Evaluator(RuleBook book, BusinessCalendars calendars, RegimesProperties properties) {
        this.properties = properties;
        this.regimes = book.regimes().stream().map(r -> new Regime(r, r.jurisdictionSet())).toList();
        for (Regime regime : regimes) {
            regime.definition().rules().forEach(rule -> rules.put(rule.id(), new Located(regime, rule)));
        }
        this.deadlines = new DeadlineRules(new Deadlines(calendars), properties, rules);
        for (Regime regime : regimes) {
            RegimeDefinition definition = regime.definition();
            definition.rules().forEach(rule -> {
                bases.put(rule, deadlines.basis(rule, rule.citation(), false));
                unapplied.put(rule, notRequired(definition, rule, skipReason(definition, rule, false, null)));
            });
        }
    }

    public Evaluation evaluate(BreachFacts facts) {
        return evaluate(facts, null, Map.of());
    }

    /**
     * @param asOf the day whose law applies to every rule; null = each rule's law in force at its own anchor
     *             (discovery, determination, …; awareness while the anchor is not known)
     * @param sent when earlier notices and reports went out, by obligation key: clocks that run from them
     */
    public Evaluation evaluate(BreachFacts facts, LocalDate asOf, Map<String, Instant> sent) {
        RiskAssessment risk = RiskScoring.assess(facts);
        List<Obligation> obligations = new ArrayList<>();
        List<NotRequired> notRequired = new ArrayList<>();
        Context context = new Context(facts, risk, asOf, sent);
        for (Regime regime : regimes) {
            evaluate(regime, context, obligations, notRequired);
        }
        obligations.sort(Obligation.BY_DEADLINE);
        return new Evaluation(obligations, distinct(notRequired, obligations), risk);
    }

    Located rule(String id) {
        return rules.get(id);
    }

    /** The ids of the rules whose clock (or second clock) runs from the sending of {@code id}'s notice or report. */
    public List<String> dependentsOf(String id) {
        List<String> dependents = new ArrayList<>();
        for (Located located : rules.values()) {
            for (var clock = located.rule().clock(); clock != null; clock = clock.orAt()) {
                if (id.equals(clock.after())) {
                    dependents.add(located.rule().id());
                    break;
                }
            }
        }
        return dependents;
    }

    DeadlineRules deadlines() {
        return deadlines;
    }

    private void evaluate(Regime regime, Context context, List<Obligation> obligations,
                          List<NotRequired> notRequired) {
        BreachFacts facts = context.facts();
        RegimeDefinition definition = regime.definition();
        long inScope = regime.jurisdictions().isEmpty() ? facts.affectedTotal() : facts.affectedIn(regime.jurisdictions());
        Situation scope = new Situation(facts, context.risk(), inScope, definition.area(), regime.jurisdictions());
        boolean applies = definition.appliesWhen() == null ? inScope > 0
                : Conditions.test(definition.appliesWhen(), scope).holds();
        for (RuleDefinition rule : definition.rules()) {
            if (rule.fallbackFor() != null && properties.flagOn(rule.fallbackFor())) {
                continue;
            }
            if (!applies) { // most regimes, for most incidents: the same entry every time
                notRequired.add(unapplied.get(rule));
                continue;
            }
            String skipped = skipReason(definition, rule, applies, context);
            if (skipped != null) {
                notRequired.add(notRequired(definition, rule, skipped));
                continue;
            }
            for (Target target : targets(regime, rule, facts, inScope)) {
                Situation situation = scope.at(target.count(), target.where(), target.scope());
                Result result = Conditions.test(rule.trigger(), situation);
                String exempt = result.holds() ? exemption(rule, situation) : null;
                if (exempt != null) {
                    notRequired.add(notRequired(definition, rule, exempt));
                } else if (result.holds()) {
                    obligations.add(obligation(definition, rule, target, result, context));
                } else {
                    notRequired.add(notRequired(definition, rule, "Not required: " + String.join("; ", result.because())
                            + (result.usedRisk() ? " [" + DeadlineRules.RISK_NOTE + "]" : "") + "."));
                }
            }
        }
    }

    /** The reason an exemption of the law lifts the duty, or null; an UNCONFIRMED one only while its flag is on. */
    private String exemption(RuleDefinition rule, Situation situation) {
        for (Exemption exemption : rule.exemptions()) {
            boolean on = exemption.unconfirmed() == null || properties.flagOn(exemption.unconfirmed().flag());
            if (on && Conditions.test(exemption.when(), situation).holds()) {
                return "Not required: exempt: " + exemption.label() + " (" + exemption.citation() + ")"
                        + (exemption.unconfirmed() == null ? "" : " [UNCONFIRMED (flag "
                        + exemption.unconfirmed().flag() + "): " + exemption.unconfirmed().note() + "]") + ".";
            }
        }
        return null;
    }

    private String skipReason(RegimeDefinition regime, RuleDefinition rule, boolean applies, Context context) {
        if (rule.unconfirmed() != null && !properties.flagOn(rule.unconfirmed().flag())) {
            return "Switched off by configuration (breachflow.regimes.unconfirmed, flag "
                    + rule.unconfirmed().flag() + "): UNCONFIRMED, " + rule.unconfirmed().note();
        }
        if (!applies) {
            return regime.notApplicable();
        }
        if (rule.validFrom() == null && rule.validUntil() == null) {
            return null;
        }
        LocalDate day = context.asOf() != null ? context.asOf()
                : deadlines.lawInstant(rule.clock(), context.facts()).atZone(regime.zoneFor(null)).toLocalDate();
        if (!rule.inForceOn(day)) {
            return "Not in force on " + day + (context.asOf() != null ? " (the day asked about)" : " (the day its clock starts)")
                    + " (in force "
                    + (rule.validFrom() == null ? "" : "from " + rule.validFrom() + " ")
                    + (rule.validUntil() == null ? "" : "until " + rule.validUntil()) + ").";
        }
        return null;
    }

    private List<Target> targets(Regime regime, RuleDefinition rule, BreachFacts facts, long inScope) {
        String area = regime.definition().area();
        return switch (rule.per()) {
            case REGIME -> List.of(new Target(rule.jurisdiction(), inScope, area, regime.jurisdictions()));
            case JURISDICTION -> perJurisdiction(regime, facts);
            case ESTABLISHMENT -> List.of(new Target(establishment(regime, facts), inScope, area, regime.jurisdictions()));
        };
    }

    private static List<Target> perJurisdiction(Regime regime, BreachFacts facts) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (BreachFacts.Affected entry : facts.affected()) {
            if (regime.jurisdictions().contains(entry.jurisdiction()) && entry.count() > 0) {
                counts.merge(entry.jurisdiction(), entry.count(), Long::sum);
            }
        }
        return counts.entrySet().stream().map(e -> new Target(e.getKey(), e.getValue(), e.getKey(), Set.of(e.getKey())))
                .toList();
    }

    /** The EU main establishment, else the representative, else the member state with most people affected. */
    private static String establishment(Regime regime, BreachFacts facts) {
        BreachFacts.Organization org = facts.organization();
        if (org.euMainEstablishment() != null) {
            return org.euMainEstablishment();
        }
        if (org.euRepresentative() != null) {
            return org.euRepresentative();
        }
        return perJurisdiction(regime, facts).stream().max((a, b) -> Long.compare(a.count(), b.count()))
                .map(Target::jurisdiction).orElse(null);
    }

    private Obligation obligation(RegimeDefinition regime, RuleDefinition rule, Target target, Result result,
                                  Context context) {
        String jurisdiction = target.jurisdiction();
        var deadline = deadlines.deadline(regime, rule, rule.clock(), context.facts(), jurisdiction, null,
                context.sent());
        List<String> because = new ArrayList<>(result.because());
        if (deadline.awaiting() != null) {
            because.add("the clock waits for " + deadline.awaiting());
        }
        String reason = rule.duty() + (because.isEmpty() ? "" : ": " + String.join("; ", because)) + ".";
        return new Obligation(regime.regime(), rule.kind(), rule.recipient(), jurisdiction, deadline.dueAt(),
                deadline.targetAt(), deadlines.basis(rule, rule.citation(), result.usedRisk()), reason, rule.stage(),
                rule.id(), deadline.awaiting(), target.count(), rule.channel(), rule.content());
    }

    private NotRequired notRequired(RegimeDefinition regime, RuleDefinition rule, String reason) {
        String basis = bases.get(rule);
        return new NotRequired(regime.regime(), rule.kind(), reason,
                basis != null ? basis : deadlines.basis(rule, rule.citation(), false), rule.recipient(), rule.stage());
    }

    /** One entry per duty: none for a duty another rule variant (other period, other branch) already gives. */
    private static List<NotRequired> distinct(List<NotRequired> notRequired, List<Obligation> obligations) {
        Set<Duty> seen = new HashSet<>();
        obligations.forEach(o -> seen.add(new Duty(o.regime(), o.kind(), o.recipient(), o.stage())));
        List<NotRequired> distinct = new ArrayList<>(notRequired.size());
        for (NotRequired entry : notRequired) {
            if (seen.add(new Duty(entry.regime(), entry.kind(), entry.recipient(), entry.stage()))) {
                distinct.add(entry);
            }
        }
        return distinct;
    }

    /** One duty, whichever rule variant (period, branch) states it. */
    private record Duty(String regime, ObligationKind kind, String recipient, String stage) {
    }
}
