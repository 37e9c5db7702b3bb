package io.breachflow.incidents;

import io.breachflow.regimes.Obligation;
import java.util.List;

/**
 * What recording pending revisions changed: the latest revision now recorded (0 when none was pending),
 * the obligations that start because of it (new ones, supplementary reports, notice waves), the open ones
 * whose deadline moved (as they are now), and the keys of open ones the new facts no longer require.
 */
public record RecordedRevisions(int latestRevision, List<Obligation> started, List<Obligation> moved,
                                List<String> withdrawn) {

    public RecordedRevisions {
        started = List.copyOf(started);
        moved = List.copyOf(moved);
        withdrawn = List.copyOf(withdrawn);
    }
}
