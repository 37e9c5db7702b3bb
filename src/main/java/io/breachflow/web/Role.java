package io.breachflow.web;

/**
 * The roles people hold in Breachflow. Kept as one enum so the security matrix, demo accounts and
 * templates cannot drift apart on spelling; Spring Security sees them as {@code ROLE_<name>}.
 */
public enum Role {
    COMPLIANCE_OFFICER,
    LEGAL,
    DPO,
    AUDITOR,
    ADMIN;

    static String[] names(Role... roles) {
        String[] names = new String[roles.length];
        for (int i = 0; i < roles.length; i++) {
            names[i] = roles[i].name();
        }
        return names;
    }
}
