package io.breachflow.web;

import static io.breachflow.web.Role.ADMIN;
import static io.breachflow.web.Role.AUDITOR;
import static io.breachflow.web.Role.COMPLIANCE_OFFICER;
import static io.breachflow.web.Role.DPO;
import static io.breachflow.web.Role.LEGAL;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Every endpoint × role, declared once: {@code "METHOD /pattern"} as Spring MVC maps it → the roles the
 * server lets through. {@link SecurityMatrixIntegrationTests} compares it with the real mappings, so a new
 * endpoint fails the build until someone writes down who may call it (README "Roles and pages").
 * {@code PUBLIC} endpoints are open to anonymous visitors too.
 */
final class EndpointRoles {

    static final Set<Role> PUBLIC = EnumSet.noneOf(Role.class);
    static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> REPORTERS = EnumSet.of(COMPLIANCE_OFFICER, DPO, ADMIN);
    private static final Set<Role> OFFICER_DPO = EnumSet.of(COMPLIANCE_OFFICER, DPO);
    private static final Set<Role> TASK_ACTORS = EnumSet.of(COMPLIANCE_OFFICER, LEGAL, DPO);

    static final Map<String, Set<Role>> TABLE = new LinkedHashMap<>();
    /** The drill profile's own endpoints (DrillSecurityMatrixIntegrationTests); the default profile has none. */
    static final Map<String, Set<Role>> DRILL = new LinkedHashMap<>();

    static {
        // API
        allow(REPORTERS, "POST /api/signals", "POST /api/incidents", "POST /api/incidents/{id}/revisions",
                "POST /api/incidents/{id}/regulator-questions", "POST /api/incidents/{id}/law-enforcement-holds",
                "POST /api/incidents/{id}/police-referral");
        allow(EVERYONE, "GET /api/suspected-incidents/{id}", "GET /api/incidents/{id}",
                "GET /api/incidents/{id}/timeline", "GET /api/tasks", "GET /api/tasks/{id}",
                "POST /api/obligations/evaluate", "GET /api/incidents/{id}/evidence",
                "GET /api/incidents/{id}/evidence/{itemId}", "GET /api/incidents/{id}/evidence/{itemId}/content",
                "GET /api/incidents/{id}/evidence/packages/{packageId}/manifest");
        allow(EnumSet.of(AUDITOR, DPO, ADMIN), "GET /api/audit");
        allow(EnumSet.of(AUDITOR, ADMIN), "POST /api/audit/verify");
        allow(OFFICER_DPO, "POST /api/incidents/{id}/evidence", "POST /api/incidents/{id}/evidence/packages",
                "POST /api/incidents/{id}/evidence/packages/{packageId}/handover", "POST /api/cohorts",
                "POST /api/notice-runs", "POST /api/notice-runs/{id}/pause", "POST /api/notice-runs/{id}/resume",
                "POST /api/notice-runs/{id}/cancel", "POST /api/notice-runs/{id}/renotice");
        // "was this person told?" (issue 16): personal data, so not LEGAL or ADMIN
        allow(EnumSet.of(COMPLIANCE_OFFICER, DPO, AUDITOR), "POST /api/notices/lookup", "GET /notices/lookup",
                "POST /notices/lookup");
        allow(EnumSet.of(COMPLIANCE_OFFICER, DPO, AUDITOR), "GET /api/notice-runs/{id}");
        allow(TASK_ACTORS, "POST /api/tasks/{id}/claim", "POST /api/tasks/{id}/unclaim",
                "POST /api/tasks/{id}/complete");
        // pages
        allow(PUBLIC, "GET /login", "GET /error", "POST /error", "PUT /error", "PATCH /error", "DELETE /error");
        allow(EVERYONE, "GET /", "GET /inbox", "GET /inbox/list", "GET /inbox/counts", "POST /inbox/tasks/{id}/claim",
                "POST /inbox/tasks/{id}/unclaim", "GET /incidents", "GET /incidents/{id}",
                "GET /incidents/{id}/documents", "GET /incidents/{id}/documents/reports/{draftId:\\d{1,18}}.pdf",
                "GET /incidents/{id}/documents/letters/{versionId:\\d{1,18}}_{lang:[A-Za-z-]{2,12}}.pdf",
                "GET /incidents/{id}/timeline", "GET /incidents/{id}/diagram.json", "GET /incidents/{id}/risk",
                "GET /suspected-incidents/{id}/signals", "GET /tasks/{id}", "POST /tasks/{id}",
                "POST /tasks/{id}/preview", "POST /tasks/{id}/preview.pdf", "GET /tasks/{id}/document.pdf",
                "GET /deadlines", "GET /obligations", "POST /obligations", "GET /notices", "GET /notices/progress");
        allow(REPORTERS, "GET /incidents/new", "POST /incidents/new", "POST /incidents/new/preview");
        allow(OFFICER_DPO, "GET /incidents/{id}/revise", "POST /incidents/{id}/revise",
                "POST /notices/runs/{id}/{action:pause|resume|cancel}", "POST /notices/runs/{id:\\d{1,18}}/renotice");
        allow(EVERYONE, "GET /notices/runs/{id:\\d{1,18}}");
        // cohorts and starting a run from the approved letter (issue 16)
        allow(OFFICER_DPO, "POST /notices/cohorts", "GET /notices/letters/{versionId:\\d{1,18}}/run",
                "POST /notices/letters/{versionId:\\d{1,18}}/run");
        allow(EnumSet.of(COMPLIANCE_OFFICER, DPO, AUDITOR), "GET /notices/cohorts", "GET /notices/cohorts/{id:\\d{1,18}}",
                "GET /notices/cohorts/{id:\\d{1,18}}/rejects.csv");
        // issue 16: evidence, holds, regulator questions and the police referral from the web
        allow(EVERYONE, "GET /incidents/{id}/evidence", "GET /incidents/{id}/holds",
                "GET /incidents/{id}/regulator-questions", "GET /incidents/{id}/police-referral");
        allow(EVERYONE, "GET /incidents/{id}/counted-deadline");
        allow(OFFICER_DPO, "POST /incidents/{id}/counted-deadline");
        allow(OFFICER_DPO, "POST /incidents/{id}/evidence", "POST /incidents/{id}/evidence/packages",
                "POST /incidents/{id}/evidence/packages/{packageId}/handover");
        allow(REPORTERS, "POST /incidents/{id}/holds", "POST /incidents/{id}/holds/{holdId}/lift",
                "POST /incidents/{id}/regulator-questions", "POST /incidents/{id}/police-referral");
        allow(EnumSet.of(COMPLIANCE_OFFICER, DPO, AUDITOR, ADMIN), "GET /register");
        allow(EnumSet.of(DPO, AUDITOR, ADMIN), "GET /register/export.csv");
        allow(EnumSet.of(DPO, ADMIN), "POST /register/{incidentId}/remedial-action");
        allow(EnumSet.of(COMPLIANCE_OFFICER, ADMIN), "GET /mailbox", "GET /mailbox/{number}", "GET /outbox");
        // the audit chain's page and the mass-access alarms (issue 14)
        allow(EnumSet.of(AUDITOR, DPO, ADMIN), "GET /audit", "GET /audit/alarms");
        allow(EnumSet.of(AUDITOR, ADMIN), "POST /audit/verify");
        allow(EnumSet.of(DPO), "POST /audit/alarms/{id}/{action:approve|clear}");
        // demo data (issue 17): the administrator's page and its one removal action
        allow(EnumSet.of(ADMIN), "GET /admin/demo", "POST /admin/demo/remove");
        // the OpenAPI description and Swagger UI (issue 17): any signed-in user
        allow(EVERYONE, "GET /v3/api-docs", "GET /v3/api-docs.yaml", "GET /v3/api-docs/swagger-config",
                "GET /swagger-ui.html");
    }

    static {
        DRILL.put("GET /drill/clock", EVERYONE);
        for (String endpoint : new String[] {"GET /drill", "POST /drill/start", "POST /drill/pace", "POST /drill/step",
                "POST /drill/end"}) {
            DRILL.put(endpoint, EnumSet.of(ADMIN));
        }
        DRILL.put("GET /drill/runs/{id:\\d{1,18}}/report", EnumSet.of(ADMIN, DPO, AUDITOR));
        DRILL.put("GET /drill/runs/{id:\\d{1,18}}/report.pdf", EnumSet.of(ADMIN, DPO, AUDITOR));
    }

    private EndpointRoles() {
    }

    private static void allow(Set<Role> roles, String... endpoints) {
        for (String endpoint : endpoints) {
            if (TABLE.put(endpoint, roles) != null) {
                throw new IllegalStateException("Expected each endpoint once, but " + endpoint + " is twice");
            }
        }
    }

    /** A concrete path for a mapping pattern: every template variable becomes a value its regex accepts. */
    static String samplePath(String pattern) {
        return pattern.replace("{action:pause|resume|cancel}", "pause")
                .replace("{lang:[A-Za-z-]{2,12}}", "en")
                .replace("{draftId:\\d{1,18}}", "1").replace("{versionId:\\d{1,18}}", "1")
                .replace("{id:\\d{1,18}}", "1")
                .replaceAll("\\{[A-Za-z]+}", "1");
    }
}
