package io.breachflow.notices;

/**
 * A cohort name already in use (names are unique across all cohorts, ignoring case): nothing was imported.
 * Global rather than per incident because a run picks its cohort by name from one list, and the audit
 * trail and the runs table name cohorts; one name must mean one list of people everywhere.
 */
public class CohortNameTakenException extends IllegalArgumentException {

    CohortNameTakenException() {
        super("Expected a cohort name not used before, but another cohort has it");
    }

    /** For the importer, which finds out at insert time. */
    public static CohortNameTakenException create() {
        return new CohortNameTakenException();
    }
}
