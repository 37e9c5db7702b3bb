package io.breachflow.notices.internal;

import io.breachflow.notices.NoticeRun;

/** Told when a run ended (COMPLETED or CANCELLED), after its status is stored. */
@FunctionalInterface
public interface RunListener {

    RunListener NONE = (run, counts) -> { };

    void ended(NoticeRun run, RunCounts counts);
}
