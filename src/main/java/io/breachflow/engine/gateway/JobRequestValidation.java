package io.breachflow.engine.gateway;

import java.util.List;

/** The gateway's checks on job requests, with Zeebe's wording. */
public final class JobRequestValidation {
    private JobRequestValidation() {
    }

    /** The problem with a job request, or null when it is acceptable. */
    public static String problem(String type, long timeout, int maxJobs, List<String> tenantIds) {
        if (type == null || type.isBlank()) {
            return "Expected to activate jobs with a non-empty type, but it was blank";
        }
        if (timeout < 1) {
            return "Expected to activate jobs with a timeout greater than zero, but it was " + timeout;
        }
        if (maxJobs < 1) {
            return "Expected to activate jobs with maxJobsToActivate greater than zero, but it was " + maxJobs;
        }
        for (String tenant : tenantIds) {
            if (!tenant.isEmpty() && !"<default>".equals(tenant)) {
                return "Expected to handle request with tenant identifier '" + tenant + "', but multi-tenancy is disabled";
            }
        }
        return null;
    }
}
