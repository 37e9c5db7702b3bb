package io.breachflow.cases;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One thing that happened in a case, whatever recorded it: the JSON element of
 * {@code GET /api/incidents/{id}/timeline} and one row of the workspace's timeline.
 *
 * @param source who recorded it: the engine (element steps), the audit trail (who did what), or the
 *     tasklist (a human task completed)
 * @param kind what happened, as a code: the element state, the audit action or {@code TASK_COMPLETED}
 * @param elementId the BPMN element, for engine steps
 * @param actor the account that acted, when a person did
 * @param detail a short description without personal data
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TimelineEntry(Instant at, Source source, String kind, String elementId, String actor, String detail) {

    enum Source {
        ENGINE,
        AUDIT,
        TASK
    }
}
