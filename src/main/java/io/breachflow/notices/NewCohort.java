package io.breachflow.notices;

/**
 * What is known about a cohort before its rows arrive.
 *
 * @param label what the API and logs call it (the file name when nothing else was given)
 * @param name the name people pick it by, unique across all cohorts ignoring case and outer spaces; null for
 *     API imports without one
 * @param incidentId the incident whose affected people it lists, or null
 * @param createdBy the user who imported it, or null when not known (older imports)
 */
public record NewCohort(String label, String name, String incidentId, String createdBy) {

    /** A cohort known only by a label, as the API and re-notices create them. */
    public static NewCohort labelled(String label) {
        return new NewCohort(label, null, null, null);
    }

    /** The form of {@code name} that uniqueness is checked on, or null. */
    public String nameKey() {
        return name == null ? null : name.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
