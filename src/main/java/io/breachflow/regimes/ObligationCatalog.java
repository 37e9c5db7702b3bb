package io.breachflow.regimes;

import io.breachflow.regimes.internal.Evaluator;
import io.breachflow.regimes.internal.RegimesProperties;
import io.breachflow.regimes.internal.Reviser;
import io.breachflow.regimes.internal.rules.RuleBook;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The law catalog's front door: which obligations a set of breach facts gives rise to under the 20
 * regimes of design.md §6, with deadlines, citations and reasons, and what a scope revision changes.
 * Pure: it stores nothing, so the what-if page and the breach process use the same answers.
 *
 * <p>Rules are data ({@code classpath:regimes/*.yml}); rules the fact base marks UNCONFIRMED say so in
 * {@code basis} and can be switched off with {@code breachflow.regimes.unconfirmed.*}.
 */
public class ObligationCatalog {

    private final Map<String, List<String>> rulesByRegime = new LinkedHashMap<>();
    private final Map<String, List<String>> regimesByJurisdiction = new TreeMap<>();
    private final Evaluator evaluator;
    private final Reviser reviser;
    private final Clock clock;

    public ObligationCatalog(BusinessCalendars calendars, RegimesProperties properties, Clock clock) {
        RuleBook rules = RuleBook.fromClasspath();
        rules.regimes().forEach(regime -> rulesByRegime.put(regime.regime(),
                regime.rules().stream().map(rule -> rule.id()).toList()));
        rules.regimes().forEach(regime -> regime.jurisdictions().forEach(jurisdiction -> regimesByJurisdiction
                .computeIfAbsent(jurisdiction, j -> new ArrayList<>()).add(regime.regime())));
        regimesByJurisdiction.replaceAll((jurisdiction, regimes) -> List.copyOf(regimes));
        this.evaluator = new Evaluator(rules, calendars, properties);
        this.reviser = new Reviser(evaluator);
        this.clock = clock;
    }

    /**
     * Every regime's code with the ids of its rules, in catalog order. An obligation's key starts with its
     * rule id, which does not always start with the regime's code ({@code cn-cac-report} is CN-PIPL's).
     */
    public Map<String, List<String>> rulesByRegime() {
        return java.util.Collections.unmodifiableMap(rulesByRegime);
    }

    /**
     * The regimes whose residents' rules a jurisdiction brings ({@code KR} → KR-PIPA, KR-NETWORK-ACT;
     * {@code DE} → EU-GDPR, EU-NIS2), for every jurisdiction some regime names; a jurisdiction not in the map is
     * accepted but has no rules of its own. Regimes that apply whoever is affected (US-SEC) name none.
     */
    public Map<String, List<String>> regimesByJurisdiction() {
        return java.util.Collections.unmodifiableMap(regimesByJurisdiction);
    }

    /**
     * Obligations and checked-but-not-required duties for {@code facts}, obligations sorted by deadline. Each
     * rule follows the law in force on the day its clock starts (California's 30-day notice for a breach
     * discovered from 1 Jan 2026, "most expedient time" before).
     */
    public Evaluation evaluate(BreachFacts facts) {
        return evaluator.evaluate(facts);
    }

    /** As {@link #evaluate(BreachFacts)} under the law in force on {@code asOf} (the what-if page's "as of"). */
    public Evaluation evaluate(BreachFacts facts, LocalDate asOf) {
        return evaluator.evaluate(facts, asOf, Map.of());
    }

    /**
     * The obligations whose clock runs from the sending of the notice or report {@code sentKey} ("within 15
     * days after notifying consumers", "no later than the individual notice"), with the deadline that sending
     * at {@code sentAt} fixes. Until it is recorded they wait, "after the individual notice".
     */
    public List<Obligation> afterSending(BreachFacts facts, String sentKey, Instant sentAt) {
        String rule = sentKey.contains(":") ? sentKey.substring(0, sentKey.indexOf(':')) : sentKey;
        List<String> dependents = evaluator.dependentsOf(rule);
        if (dependents.isEmpty()) {
            return List.of();
        }
        return evaluator.evaluate(facts, null, Map.of(sentKey, sentAt)).obligations().stream()
                .filter(o -> dependents.contains(o.rule()) && o.dueAt() != null).toList();
    }

    /**
     * Re-derives obligations for {@code revised} and diffs them against those of {@code previous}.
     *
     * @param met        keys ({@link Obligation#key()}) of obligations already met: filed or sent
     * @param revisedAt  when the new facts became known; clocks of updates and new notice waves run from it
     */
    public ObligationDiff revise(BreachFacts previous, BreachFacts revised, Set<String> met, Instant revisedAt) {
        return reviser.revise(previous, revised, met, revisedAt);
    }

    /**
     * The instant {@code obligation}'s clock runs from under {@code facts}: awareness, discovery or the
     * milestone its rule names; for a supplementary report (and a notice wave whose clock restarts) the
     * revision that brought it; for a clock that waits for an earlier report's submission, that report's
     * anchor. Empty when the facts do not hold it (yet) or the obligation comes from no known rule.
     */
    public Optional<Instant> anchorOf(Obligation obligation, BreachFacts facts) {
        return Optional.ofNullable(reviser.anchor(obligation, facts));
    }

    /** As {@link #revise(BreachFacts, BreachFacts, Set, Instant)}, the new facts becoming known now. */
    public ObligationDiff revise(BreachFacts previous, BreachFacts revised, Set<String> met) {
        return revise(previous, revised, met, clock.instant());
    }
}
