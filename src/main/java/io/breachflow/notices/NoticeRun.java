package io.breachflow.notices;

/**
 * A notice run: one approved letter sent to one cohort.
 *
 * @param id the run id
 * @param cohortId the cohort
 * @param letter the approved letter
 * @param wave the pacing
 * @param status where it stands
 * @param incidentId the incident the run notifies for, null when started without one
 */
public record NoticeRun(long id, long cohortId, ApprovedLetter letter, NoticeWave wave, RunStatus status,
        String incidentId) {
}
