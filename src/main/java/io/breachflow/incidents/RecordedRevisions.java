package io.breachflow.incidents;

import io.breachflow.regimes.Obligation;
import java.util.List;

/**
 * What recording pending revisions changed: the latest revision now recorded (0 when none was
 * pending) and the obligations that start because of it (new ones, supplementary reports, notice waves).
 */
public record RecordedRevisions(int latestRevision, List<Obligation> started) {

    public RecordedRevisions {
        started = List.copyOf(started);
    }
}
