package io.breachflow.notices;

import java.util.List;

/**
 * The outcome of a cohort upload: good rows are kept, bad rows are reported, not fatal. Serializable: the upload
 * page hands it to the next page as a flash attribute, kept in the shared session store (several nodes).
 *
 * @param cohortId the new cohort
 * @param accepted rows kept (one per person id)
 * @param rejected rows that failed validation
 * @param duplicates rows dropped because an earlier row had the same person id
 * @param withoutEmail kept rows with no email address (they get a fallback channel, not an email)
 * @param firstRejects the first rejects and duplicates in line order (at most {@value #REPORTED_REJECTS})
 */
public record CohortImport(long cohortId, long accepted, long rejected, long duplicates, long withoutEmail,
        List<ImportReject> firstRejects) implements java.io.Serializable {

    /** How many rejects a report carries; all of them stay in the database. */
    public static final int REPORTED_REJECTS = 1000;

    public CohortImport {
        firstRejects = List.copyOf(firstRejects);
    }
}
