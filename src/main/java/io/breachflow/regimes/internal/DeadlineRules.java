package io.breachflow.regimes.internal;

import io.breachflow.regimes.BreachFacts;
import io.breachflow.regimes.BreachFacts.Milestones;
import io.breachflow.regimes.Deadline;
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
 * the anchor has not happened yet. A clock that runs from the submission of an earlier report gets a
 * target counted as if that report went out at its own anchor: the earliest the real deadline can be.
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

    Deadline deadline(RegimeDefinition regime, RuleDefinition rule, ClockSpec clock, BreachFacts facts, ZoneId zone,
                      Instant revisedAt) {
        Instant anchor = anchor(clock.anchor(), facts, revisedAt);
        if (anchor == null) {
            return awaiting(rule, clock, facts, zone);
        }
        if (clock.unit() == ClockUnit.WITHOUT_UNDUE_DELAY) {
            return Deadline.target(target(rule, clock, anchor, zone));
        }
        try {
            return Deadline.due(deadlines.due(clock, anchor, zone));
        } catch (IllegalArgumentException uncovered) {
            return Deadline.awaiting("a business-day calendar that covers the date (" + uncovered.getMessage() + ")", null);
        }
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

    private Deadline awaiting(RuleDefinition rule, ClockSpec clock, BreachFacts facts, ZoneId zone) {
        if (clock.anchor() != Anchor.SUBMISSION) {
            return Deadline.awaiting(clock.anchor().fact(), null);
        }
        RuleDefinition earlier = rules.get(clock.after()).rule();
        String what = "the submission of " + (earlier.stage() != null
                ? earlier.stage().toLowerCase().replace('_', ' ') : earlier.kind().name().toLowerCase().replace('_', ' '))
                + " (" + earlier.id() + ")";
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
            return deadlines.due(clock, anchor, zone);
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
