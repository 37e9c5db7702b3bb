package io.breachflow.regimes.internal;

import io.breachflow.regimes.BreachFacts;
import io.breachflow.regimes.BreachFacts.Milestones;
import io.breachflow.regimes.Deadline;
import io.breachflow.regimes.ObligationKind;
import io.breachflow.regimes.internal.Evaluator.Located;
import io.breachflow.regimes.internal.rules.Anchor;
import io.breachflow.regimes.internal.rules.ClockSpec;
import io.breachflow.regimes.internal.rules.ClockUnit;
import io.breachflow.regimes.internal.rules.RegimeDefinition;
import io.breachflow.regimes.internal.rules.RuleDefinition;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;

/**
 * Finds a rule's anchor in the facts and computes its {@link Deadline}: a legal {@code dueAt} for a
 * counted clock, an internal {@code targetAt} for one without a number, and {@code awaiting} when
 * the anchor has not happened yet. A clock that runs from the sending of an earlier notice or report
 * ("15 days after notifying consumers", "no later than the individual notice") gets its {@code dueAt}
 * once that sending is known ({@code sent}, by obligation key); until then a counted one gets a target
 * counted as if the earlier one went out at its own anchor (the earliest the real deadline can be), and
 * one due "no later than" the earlier one gets the earlier one's own deadline as its target.
 */
final class DeadlineRules {

    static final String RISK_NOTE = "risk computed by the ENISA-style score; its mapping to legal risk"
            + " thresholds is UNCONFIRMED (regulations.md §14.1)";

    private final Deadlines deadlines;
    private final RegimesProperties properties;
    private final Map<String, Located> rules;

    DeadlineRules(Deadlines deadlines, RegimesProperties properties, Map<String, Located> rules) {
        this.deadlines = deadlines;
        this.properties = properties;
        this.rules = rules;
    }

    /** As {@link #deadline(RegimeDefinition, RuleDefinition, ClockSpec, BreachFacts, String, Instant, Map)}, nothing sent yet. */
    Deadline deadline(RegimeDefinition regime, RuleDefinition rule, ClockSpec clock, BreachFacts facts, ZoneId zone,
                      Instant revisedAt) {
        return earlier(single(rule, clock, facts, zone, revisedAt, null, Map.of()),
                clock.orAt() == null ? null : single(rule, clock.orAt(), facts, zone, revisedAt, null, Map.of()));
    }

    /**
     * The deadline of {@code rule} addressed to {@code jurisdiction}; with a second clock ({@code orAt}),
     * whichever ends first.
     *
     * @param sent when earlier notices and reports went out, by obligation key
     */
    Deadline deadline(RegimeDefinition regime, RuleDefinition rule, ClockSpec clock, BreachFacts facts,
                      String jurisdiction, Instant revisedAt, Map<String, Instant> sent) {
        ZoneId zone = regime.zoneFor(jurisdiction);
        Deadline first = single(rule, clock, facts, zone, revisedAt, jurisdiction, sent);
        return clock.orAt() == null ? first
                : earlier(first, single(rule, clock.orAt(), facts, zone, revisedAt, jurisdiction, sent));
    }

    private Deadline single(RuleDefinition rule, ClockSpec clock, BreachFacts facts, ZoneId zone, Instant revisedAt,
                            String jurisdiction, Map<String, Instant> sent) {
        Instant anchor = clock.anchor() == Anchor.SUBMISSION ? sentAt(clock.after(), jurisdiction, sent)
                : anchor(clock.anchor(), facts, revisedAt);
        if (anchor == null) {
            return awaiting(rule, clock, facts, zone, jurisdiction, sent);
        }
        if (clock.unit() == ClockUnit.WITHOUT_UNDUE_DELAY) {
            return Deadline.target(target(rule, clock, anchor, zone));
        }
        if (clock.unit() == ClockUnit.AT_ANCHOR) {
            return Deadline.due(anchor.atZone(zone).toOffsetDateTime());
        }
        try {
            return Deadline.due(deadlines.due(clock, anchor, zone));
        } catch (IllegalArgumentException uncovered) {
            return Deadline.awaiting(Deadline.CALENDAR_MISSING + " (" + uncovered.getMessage() + ")", null);
        }
    }

    /** The one ending first of two deadlines; a legal deadline beats a target or a wait. */
    private static Deadline earlier(Deadline first, Deadline second) {
        if (second == null || second.dueAt() == null) {
            return first;
        }
        if (first.dueAt() == null || second.dueAt().isBefore(first.dueAt())) {
            return second;
        }
        return first;
    }

    private static Instant sentAt(String rule, String jurisdiction, Map<String, Instant> sent) {
        if (sent.isEmpty()) {
            return null;
        }
        Instant at = jurisdiction == null ? null : sent.get(rule + ":" + jurisdiction);
        return at != null ? at : sent.get(rule);
    }

    String basis(RuleDefinition rule, String citation, boolean usedComputedRisk) {
        StringBuilder basis = new StringBuilder(citation);
        if (rule.unconfirmed() != null) {
            basis.append(" [UNCONFIRMED (flag ").append(rule.unconfirmed().flag()).append("): ")
                    .append(rule.unconfirmed().note()).append(']');
        }
        if (usedComputedRisk) {
            basis.append(" [").append(RISK_NOTE).append(']');
        }
        return basis.toString();
    }

    private Deadline awaiting(RuleDefinition rule, ClockSpec clock, BreachFacts facts, ZoneId zone,
                              String jurisdiction, Map<String, Instant> sent) {
        if (clock.anchor() != Anchor.SUBMISSION) {
            return Deadline.awaiting(clock.anchor().fact(), null);
        }
        Located earlierRule = rules.get(clock.after());
        RuleDefinition earlier = earlierRule.rule();
        String what = (earlier.kind() == ObligationKind.INDIVIDUAL_NOTICE ? Deadline.AFTER_INDIVIDUAL_NOTICE
                : "the submission of " + (earlier.stage() != null ? earlier.stage().toLowerCase().replace('_', ' ')
                        : earlier.kind().name().toLowerCase().replace('_', ' '))) + " (" + earlier.id() + ")";
        if (clock.unit() == ClockUnit.AT_ANCHOR) {
            Deadline before = deadline(earlierRule.regime().definition(), earlier, earlier.clock(), facts,
                    jurisdiction, null, sent);
            return Deadline.awaiting(what, before.effective());
        }
        Instant earliest = anchor(earlier.clock().anchor(), facts, null);
        if (earliest == null) {
            return Deadline.awaiting(what, null);
        }
        OffsetDateTime target = clock.unit() == ClockUnit.WITHOUT_UNDUE_DELAY
                ? target(rule, clock, earliest, zone) : safeDue(clock, earliest, zone);
        return Deadline.awaiting(what, target);
    }

    private OffsetDateTime safeDue(ClockSpec clock, Instant anchor, ZoneId zone) {
        try {
            return clock.unit() == ClockUnit.AT_ANCHOR ? anchor.atZone(zone).toOffsetDateTime()
                    : deadlines.due(clock, anchor, zone);
        } catch (IllegalArgumentException uncovered) {
            return null;
        }
    }

    private OffsetDateTime target(RuleDefinition rule, ClockSpec clock, Instant anchor, ZoneId zone) {
        Duration configured = properties.targets().get(rule.id());
        if (configured != null) {
            return Deadlines.after(anchor, configured, zone);
        }
        if (clock.target() != null) {
            OffsetDateTime target = safeDue(clock.target(), anchor, zone);
            if (target != null) {
                return target;
            }
        }
        return Deadlines.after(anchor, properties.defaultTarget(), zone);
    }

    /**
     * The instant the law in force is read at for {@code clock}: its anchor, for a clock waiting on an earlier
     * notice that notice's anchor, and awareness while the anchor is not known yet.
     */
    Instant lawInstant(ClockSpec clock, BreachFacts facts) {
        Anchor anchor = clock.anchor();
        if (anchor == Anchor.SUBMISSION) {
            Located earlier = rules.get(clock.after());
            anchor = earlier == null ? Anchor.AWARENESS : earlier.rule().clock().anchor();
        }
        Instant at = anchor == Anchor.SUBMISSION || anchor == Anchor.REVISION ? null : anchor(anchor, facts, null);
        return at != null ? at : facts.awareAt().toInstant();
    }

    static Instant anchor(Anchor anchor, BreachFacts facts, Instant revisedAt) {
        Milestones milestones = facts.milestones();
        return switch (anchor) {
            case AWARENESS -> facts.awareAt().toInstant();
            case DETECTION -> discovery(facts);
            case MATERIALITY -> instant(milestones.materialityDeterminedAt());
            case ASSESSMENT -> instant(milestones.assessmentCompletedAt());
            case DETERMINATION -> instant(milestones.breachDeterminedAt());
            case CONFIRMATION -> instant(milestones.personalDataConfirmedAt());
            case HANDLING_ENDED, SUBMISSION -> null;
            case REVISION -> revisedAt;
        };
    }

    private static Instant discovery(BreachFacts facts) {
        Instant aware = facts.awareAt().toInstant();
        Instant detected = instant(facts.detectedAt());
        return detected != null && detected.isBefore(aware) ? detected : aware;
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
