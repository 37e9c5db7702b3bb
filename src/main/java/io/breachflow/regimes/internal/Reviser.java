package io.breachflow.regimes.internal;

import io.breachflow.regimes.BreachFacts;
import io.breachflow.regimes.Deadline;
import io.breachflow.regimes.Obligation;
import io.breachflow.regimes.ObligationDiff;
import io.breachflow.regimes.ObligationKind;
import io.breachflow.regimes.internal.Evaluator.Located;
import io.breachflow.regimes.internal.rules.Anchor;
import io.breachflow.regimes.internal.rules.ClockSpec;
import io.breachflow.regimes.internal.rules.ClockUnit;
import io.breachflow.regimes.internal.rules.Supplement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Re-derives obligations for revised facts and sorts them against the previous ones (design.md §6
 * scope revision). Met obligations are never reopened: a filed report whose facts changed gets a
 * supplementary report, a sent notice whose audience grew gets a wave for the people added.
 */
public final class Reviser {

    private static final Supplement DEFAULT_SUPPLEMENT = new Supplement(
            new ClockSpec(Anchor.REVISION, null, null, ClockUnit.WITHOUT_UNDUE_DELAY, null, null, null, null, null),
            "No supplementary-report clock for this regime in the fact base; internal target applies");

    private final Evaluator evaluator;

    public Reviser(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    public ObligationDiff revise(BreachFacts previous, BreachFacts revised, Set<String> met, Instant revisedAt) {
        Map<String, Obligation> before = byKey(evaluator.evaluate(previous).obligations());
        List<Obligation> after = evaluator.evaluate(revised).obligations();
        List<String> changes = FactChanges.between(previous, revised);
        Lists lists = new Lists();
        for (Obligation current : after) {
            Obligation earlier = before.remove(current.key());
            if (earlier == null) {
                lists.added.add(current);
            } else if (met.contains(current.key())) {
                lists.met.add(earlier);
                followUps(earlier, current, revised, changes, revisedAt, lists);
            } else if (Objects.equals(earlier.deadline(), current.deadline())) {
                lists.unchanged.add(current);
            } else {
                lists.changed.add(new ObligationDiff.Change(earlier, current));
            }
        }
        before.values().forEach(gone -> (met.contains(gone.key()) ? lists.met : lists.gone).add(gone));
        return new ObligationDiff(lists.added, lists.unchanged, lists.changed, lists.updates, lists.waves, lists.met,
                lists.gone);
    }

    private void followUps(Obligation earlier, Obligation current, BreachFacts revised, List<String> changes,
                           Instant revisedAt, Lists lists) {
        boolean report = current.kind() == ObligationKind.AUTHORITY_REPORT || current.kind() == ObligationKind.AUTHORITY_UPDATE;
        if (report && !changes.isEmpty()) {
            lists.updates.add(supplement(current, revised, changes, revisedAt));
        }
        long added = nullToZero(current.affected()) - nullToZero(earlier.affected());
        if (current.kind() == ObligationKind.INDIVIDUAL_NOTICE && added > 0) {
            lists.waves.add(wave(current, revised, added, revisedAt));
        }
    }

    /**
     * The instant {@code obligation}'s clock runs from, as {@link #revise} and the evaluator counted it: the
     * rule's anchor in {@code facts} (awareness, discovery, a milestone), the revision for a supplementary
     * report or a notice wave whose clock the revision starts, and for a clock that waits for an earlier
     * report's submission the anchor of that report (the one its target is counted from). Null when the facts
     * do not hold it yet or the obligation's rule is unknown.
     */
    public Instant anchor(Obligation obligation, BreachFacts facts) {
        String rule = obligation.rule();
        if (rule == null) {
            return null;
        }
        int slash = rule.indexOf('/');
        Located located = evaluator.rule(slash < 0 ? rule : rule.substring(0, slash));
        if (located == null) {
            return null;
        }
        ClockSpec clock = located.rule().clock();
        Instant revisedAt = null;
        if (slash >= 0) { // a follow-up of a follow-up counts from the latest revision: the last suffix
            String latest = rule.substring(rule.lastIndexOf('/'));
            revisedAt = revisedAt(latest);
            if (latest.startsWith("/supplement@")) {
                clock = supplementOf(located).clock();
            } else if (latest.startsWith("/wave@") && knownFromRevision(clock)) {
                clock = clock.fromRevision();
            }
        }
        if (clock.anchor() == Anchor.SUBMISSION) {
            Located earlier = evaluator.rule(clock.after());
            return earlier == null ? null : DeadlineRules.anchor(earlier.rule().clock().anchor(), facts, revisedAt);
        }
        return DeadlineRules.anchor(clock.anchor(), facts, revisedAt);
    }

    /** {@code /supplement@2026-12-01T10:15:30Z} → that instant; null when the suffix holds none. */
    private static Instant revisedAt(String suffix) {
        int at = suffix.indexOf('@');
        try {
            return at < 0 ? null : Instant.parse(suffix.substring(at + 1));
        } catch (java.time.format.DateTimeParseException notAnInstant) {
            return null;
        }
    }

    private static Supplement supplementOf(Located located) {
        return located.rule().supplement() != null ? located.rule().supplement()
                : located.regime().definition().supplement() != null ? located.regime().definition().supplement()
                : DEFAULT_SUPPLEMENT;
    }

    private static boolean knownFromRevision(ClockSpec clock) {
        return clock.anchor() == Anchor.AWARENESS || clock.anchor() == Anchor.DETECTION;
    }

    private Obligation supplement(Obligation filed, BreachFacts revised, List<String> changes, Instant revisedAt) {
        Located located = evaluator.rule(filed.rule());
        Supplement supplement = supplementOf(located);
        Deadline deadline = deadline(located, supplement.clock(), revised, filed, revisedAt);
        String reason = "Supplement the report already filed (" + filed.rule() + "): the facts changed on "
                + revisedAt + " (" + String.join("; ", changes) + ").";
        return new Obligation(filed.regime(), ObligationKind.AUTHORITY_UPDATE, filed.recipient(), filed.jurisdiction(),
                deadline.dueAt(), deadline.targetAt(),
                evaluator.deadlines().basis(located.rule(), supplement.citation(), false), reason, "SUPPLEMENT",
                filed.rule() + "/supplement@" + revisedAt, deadline.awaiting(), filed.affected(), filed.channel(),
                filed.content());
    }

    private Obligation wave(Obligation sent, BreachFacts revised, long added, Instant revisedAt) {
        Located located = evaluator.rule(sent.rule());
        ClockSpec clock = located.rule().clock();
        boolean knownFromRevision = knownFromRevision(clock);
        Deadline deadline = knownFromRevision ? deadline(located, clock.fromRevision(), revised, sent, revisedAt)
                : sent.deadline();
        String reason = "Notify the " + FactChanges.format(added) + " people affected only since the revision of "
                + revisedAt + (knownFromRevision ? "; the clock runs from when they became known" : "") + ".";
        return new Obligation(sent.regime(), ObligationKind.INDIVIDUAL_NOTICE, sent.recipient(), sent.jurisdiction(),
                deadline.dueAt(), deadline.targetAt(), sent.basis(), reason, "WAVE", sent.rule() + "/wave@" + revisedAt,
                deadline.awaiting(), added, sent.channel(), sent.content());
    }

    private Deadline deadline(Located located, ClockSpec clock, BreachFacts facts, Obligation obligation,
                              Instant revisedAt) {
        var regime = located.regime().definition();
        return evaluator.deadlines().deadline(regime, located.rule(), clock, facts,
                regime.zoneFor(obligation.jurisdiction()), revisedAt);
    }

    private static Map<String, Obligation> byKey(List<Obligation> obligations) {
        Map<String, Obligation> byKey = new LinkedHashMap<>();
        obligations.forEach(o -> byKey.put(o.key(), o));
        return byKey;
    }

    private static long nullToZero(Long value) {
        return value == null ? 0 : value;
    }

    /** The lists a diff is made of, filled in one pass. */
    private static final class Lists {
        final List<Obligation> added = new ArrayList<>();
        final List<Obligation> unchanged = new ArrayList<>();
        final List<ObligationDiff.Change> changed = new ArrayList<>();
        final List<Obligation> updates = new ArrayList<>();
        final List<Obligation> waves = new ArrayList<>();
        final List<Obligation> met = new ArrayList<>();
        final List<Obligation> gone = new ArrayList<>();
    }
}
