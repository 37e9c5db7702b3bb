package io.breachflow.audit;

import io.breachflow.notices.CohortRejectsExported;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records downloads of a cohort's rejects in the personal-data access log. The file names no one (line
 * numbers and reasons), so it counts no people, but it is an export from a list of people and the log
 * shows who took it. Synchronous, on the request's thread, as the other access records.
 */
@Component
class CohortAuditListener {

    private final AccessLog accessLog;

    CohortAuditListener(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @EventListener
    void on(CohortRejectsExported exported) {
        accessLog.record(exported.actor(), new PersonalDataAccess(AccessKind.COHORT_REJECTS, "cohort import: rejects",
                0, exported.incidentId(), "cohort " + exported.cohortId() + " rejects (" + exported.rejects() + " rows)"));
    }
}
