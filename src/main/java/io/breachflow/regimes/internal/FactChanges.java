package io.breachflow.regimes.internal;

import io.breachflow.regimes.BreachFacts;
import io.breachflow.regimes.DataCategory;
import io.breachflow.regimes.internal.rules.Threshold;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two revisions, in words for a supplementary report's reason. Only facts a
 * report states count (scope, data, cause, access, encryption, risk); milestones alone do not.
 */
final class FactChanges {

    private FactChanges() {
    }

    static List<String> between(BreachFacts before, BreachFacts after) {
        List<String> changes = new ArrayList<>();
        Set<String> jurisdictions = new LinkedHashSet<>();
        before.affected().forEach(a -> jurisdictions.add(a.jurisdiction()));
        after.affected().forEach(a -> jurisdictions.add(a.jurisdiction()));
        for (String jurisdiction : jurisdictions) {
            long was = before.affectedIn(jurisdiction);
            long now = after.affectedIn(jurisdiction);
            if (was != now) {
                changes.add("affected in " + jurisdiction + " " + format(was) + " → " + format(now));
            }
        }
        Set<DataCategory> added = EnumSet.noneOf(DataCategory.class);
        added.addAll(after.dataCategories());
        added.removeAll(before.dataCategories());
        if (!added.isEmpty()) {
            changes.add("data categories added " + added);
        }
        note(changes, "cause", before.cause(), after.cause());
        note(changes, "unauthorized access", before.unauthorizedAccess(), after.unauthorizedAccess());
        note(changes, "encrypted", before.encrypted(), after.encrypted());
        note(changes, "high risk", before.highRisk(), after.highRisk());
        note(changes, "risk-of-harm determinations recorded", new java.util.TreeSet<>(before.noHarmDetermined()),
                new java.util.TreeSet<>(after.noHarmDetermined()));
        return changes;
    }

    static String format(long count) {
        return Threshold.format(count);
    }

    private static void note(List<String> changes, String what, Object was, Object now) {
        if (!Objects.equals(was, now)) {
            changes.add(what + " " + was + " → " + now);
        }
    }
}
