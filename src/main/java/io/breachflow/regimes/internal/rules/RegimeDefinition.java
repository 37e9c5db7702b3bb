package io.breachflow.regimes.internal.rules;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One regime file: its zone and calendar, the jurisdictions whose residents bring it, when it applies
 * at all, and its rules.
 *
 * @param area          how reasons name the jurisdictions ("Korea", "the EU")
 * @param zones         per-jurisdiction zones (EU: each authority's capital), overriding {@code zone}
 * @param appliesWhen   scope condition; null = someone in {@code jurisdictions} is affected
 * @param notApplicable the reason given for every rule when the scope condition fails
 */
public record RegimeDefinition(
        String regime,
        String name,
        String area,
        String zone,
        Map<String, String> zones,
        List<String> jurisdictions,
        Condition appliesWhen,
        String notApplicable,
        Supplement supplement,
        List<RuleDefinition> rules) {

    private static final Map<String, ZoneId> ZONES = new ConcurrentHashMap<>();

    public RegimeDefinition {
        zones = zones == null ? Map.of() : Map.copyOf(zones);
        jurisdictions = jurisdictions == null ? List.of() : List.copyOf(jurisdictions);
        rules = List.copyOf(rules);
    }

    public Set<String> jurisdictionSet() {
        return Set.copyOf(jurisdictions);
    }

    /** The zone deadlines of an obligation addressed to {@code jurisdiction} are computed in. */
    public ZoneId zoneFor(String jurisdiction) {
        String id = jurisdiction == null ? null : zones.get(jurisdiction);
        return ZONES.computeIfAbsent(id != null ? id : zone, ZoneId::of);
    }
}
