package io.breachflow.tasklist;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which open tasks a person may see: those assigned to them and those of a candidate group their roles
 * name ({@code COMPLIANCE_OFFICER} → {@code compliance-officer}). The DPO, who answers for every
 * deadline, administrators and auditors (who read everything, design.md §1) see all tasks.
 */
record Visibility(String username, boolean all, List<String> groups) {

    private static final Set<String> SEE_ALL = Set.of("DPO", "ADMIN", "AUDITOR");

    Visibility {
        groups = List.copyOf(groups);
    }

    static Visibility of(Actor actor) {
        boolean all = actor.roles().stream().anyMatch(SEE_ALL::contains);
        List<String> groups = actor.roles().stream().sorted()
                .map(role -> role.toLowerCase(Locale.ROOT).replace('_', '-')).toList();
        return new Visibility(actor.username(), all, groups);
    }

    boolean sees(HumanTask task) {
        return all || username.equals(task.assignee()) || task.candidateGroups().stream().anyMatch(groups::contains);
    }

    /** The same rule as SQL over {@code human_task}, appending its parameters to {@code params}. */
    String sql(List<Object> params) {
        if (all) {
            return "1 = 1";
        }
        StringBuilder where = new StringBuilder("(assignee = ?");
        params.add(username);
        for (String group : groups) {
            where.append(" OR (',' || candidate_groups || ',') LIKE ?");
            params.add("%," + group + ",%");
        }
        return where.append(')').toString();
    }
}
