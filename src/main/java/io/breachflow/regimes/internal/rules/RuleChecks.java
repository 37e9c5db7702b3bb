package io.breachflow.regimes.internal.rules;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Start-up checks of the rule files; messages read "Expected …, but …" and name the rule. */
final class RuleChecks {

    private RuleChecks() {
    }

    static void check(List<RegimeDefinition> regimes) {
        Set<String> ids = new HashSet<>();
        Set<String> flags = new HashSet<>();
        for (RegimeDefinition regime : regimes) {
            require(regime.regime() != null && regime.zone() != null, regime.regime(), "a regime code and zone");
            ZoneId.of(regime.zone());
            regime.zones().values().forEach(ZoneId::of);
            for (RuleDefinition rule : regime.rules()) {
                require(rule.id() != null && ids.add(rule.id()), rule.id(), "a unique rule id");
                require(rule.kind() != null && rule.recipient() != null, rule.id(), "a kind and a recipient");
                require(rule.citation() != null && !rule.citation().isBlank(), rule.id(), "a citation");
                require(rule.duty() != null, rule.id(), "a duty sentence");
                checkClock(rule.id(), rule.clock());
                if (rule.supplement() != null) {
                    checkClock(rule.id(), rule.supplement().clock());
                }
                if (rule.unconfirmed() != null) {
                    require(rule.unconfirmed().flag() != null && rule.unconfirmed().note() != null, rule.id(),
                            "a flag and a note on an UNCONFIRMED rule");
                    flags.add(rule.unconfirmed().flag());
                }
                for (Exemption exemption : rule.exemptions()) {
                    require(exemption.label() != null && exemption.when() != null && exemption.citation() != null,
                            rule.id(), "a label, a condition and a citation on every exemption");
                    require(exemption.unconfirmed() == null || exemption.unconfirmed().flag() != null, rule.id(),
                            "a flag on an UNCONFIRMED exemption");
                }
            }
        }
        for (RegimeDefinition regime : regimes) {
            for (RuleDefinition rule : regime.rules()) {
                require(rule.fallbackFor() == null || flags.contains(rule.fallbackFor()), rule.id(),
                        "fallbackFor to name a flag of an UNCONFIRMED rule");
                for (ClockSpec clock = rule.clock(); clock != null; clock = clock.orAt()) {
                    require(clock.anchor() != Anchor.SUBMISSION || ids.contains(clock.after()), rule.id(),
                            "a SUBMISSION clock to name an existing rule in 'after'");
                }
            }
        }
    }

    private static void checkClock(String id, ClockSpec clock) {
        require(clock != null && clock.unit() != null && clock.anchor() != null, id, "a clock with anchor and unit");
        require(!clock.counted() || (clock.amount() != null && clock.amount() > 0), id,
                "a positive amount on a counted clock");
        require(clock.unit() != ClockUnit.AT_ANCHOR || clock.amount() == null, id,
                "no amount on an AT_ANCHOR clock");
        require(clock.unit() != ClockUnit.BUSINESS_DAYS || clock.calendar() != null, id,
                "a calendar on a business-day clock");
        if (clock.cutoff() != null) {
            LocalTime.parse(clock.cutoff());
        }
        if (clock.target() != null) {
            checkClock(id, clock.target());
        }
        if (clock.orAt() != null) {
            checkClock(id, clock.orAt());
        }
    }

    private static void require(boolean holds, String id, String expected) {
        if (!holds) {
            throw new IllegalStateException("Expected " + expected + ", but rule " + id + " has none");
        }
    }
}
