package io.breachflow.regimes;

import java.util.List;

/**
 * What a scope revision changes. Obligations already met stay met whatever the new facts say; a
 * filed report whose facts changed gets an {@code AUTHORITY_UPDATE} in {@code updates}; people
 * affected only now get a new {@code INDIVIDUAL_NOTICE} wave in {@code noticeWaves}.
 *
 * @param added            obligations the previous facts did not give rise to
 * @param unchanged        open obligations with the same deadline as before
 * @param deadlineChanged  open obligations whose deadline, target or awaited anchor moved
 * @param updates          supplementary reports for reports already filed
 * @param noticeWaves      notices to people affected only now, where earlier people were already told
 * @param met              obligations already met, as they were; never reopened
 * @param noLongerRequired open obligations the new facts no longer give rise to
 */
public record ObligationDiff(List<Obligation> added, List<Obligation> unchanged, List<Change> deadlineChanged,
                             List<Obligation> updates, List<Obligation> noticeWaves, List<Obligation> met,
                             List<Obligation> noLongerRequired) {

    /** One obligation before and after the revision. */
    public record Change(Obligation previous, Obligation current) {
    }

    public ObligationDiff {
        added = List.copyOf(added);
        unchanged = List.copyOf(unchanged);
        deadlineChanged = List.copyOf(deadlineChanged);
        updates = List.copyOf(updates);
        noticeWaves = List.copyOf(noticeWaves);
        met = List.copyOf(met);
        noLongerRequired = List.copyOf(noLongerRequired);
    }
}
