/**
 * The law catalog: one rule set per regime (as data, {@code classpath:regimes/*.yml}) with a citation on
 * every rule, the obligations they derive from incident facts, their deadlines, and what a scope
 * revision changes. The front door is {@link io.breachflow.regimes.ObligationCatalog} with its value
 * records ({@link io.breachflow.regimes.BreachFacts}, {@link io.breachflow.regimes.Obligation},
 * {@link io.breachflow.regimes.ObligationDiff}, …) and the {@link io.breachflow.regimes.BusinessCalendars}
 * contract; everything else is {@code internal}. It also serves {@code POST /api/obligations/evaluate},
 * the what-if page {@code /obligations} and the deadline overview.
 */
package io.breachflow.regimes;
