package io.breachflow.cases;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

import io.breachflow.audit.AuditEntry;
import io.breachflow.audit.AuditTrail;
import io.breachflow.incidents.IncidentId;
import io.breachflow.incidents.IncidentRecord;
import io.breachflow.incidents.IncidentRecords;
import io.breachflow.incidents.IncidentSummary;
import io.breachflow.incidents.ObligationStatus;
import io.breachflow.regimes.BreachFactsJson;
import io.breachflow.regimes.Evaluation;
import io.breachflow.regimes.Obligation;
import io.breachflow.regimes.ObligationCatalog;
import io.breachflow.regimes.ObligationKind;
import io.breachflow.tasklist.HumanTask;
import io.breachflow.tasklist.HumanTasks;
import io.breachflow.workflow.CaseDiagram;
import io.breachflow.workflow.CaseEvent;
import io.breachflow.workflow.CaseHistory;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A realistic case for the workspace's slice tests: the design.md §7 incident, revised once (US-CA count
 * 501 → 1200), with a KR-PIPA report due in 10 hours, an individual notice already met, a report to the
 * California Attorney General that the revision added, an open draft task, engine steps, audit entries
 * (reported, revised, drafted, reminded, and the audit's copy of a completed task) and one completed task
 * whose form mentions a person.
 */
final class CaseFixtures {

    static final IncidentId ID = IncidentId.of("6f1c2a9e-0d7b-4c3e-9a51-2b8f4e6d7c10");
    static final Instant NOW = Instant.parse("2025-11-19T03:00:00Z");
    static final MovableClock CLOCK = new MovableClock(NOW);
    static final String PERSON_IN_FORM = "010-1234-5678";

    static final IncidentRecord.ObligationEntry PIPC_REPORT = new IncidentRecord.ObligationEntry("kr-pipa-report",
            "KR-PIPA", "AUTHORITY_REPORT", "PIPC", null, OffsetDateTime.parse("2025-11-19T22:00:00+09:00"),
            ObligationStatus.OPEN, 1);

    private CaseFixtures() {
    }

    static BreachFactsJson facts(long usCa) {
        return new BreachFactsJson("Customer data accessed by former employee", "2025-11-18T22:00:00+09:00",
                "2025-11-18T20:30:00+09:00",
                List.of(new BreachFactsJson.AffectedJson("KR", 4500L), new BreachFactsJson.AffectedJson("US-CA", usCa)),
                List.of("NAME", "EMAIL"), "INSIDER", true, false, true,
                new BreachFactsJson.OrganizationJson("KR", true, true, null, null, null, false),
                new BreachFactsJson.MilestonesJson(null, null, null, null));
    }

    static IncidentRecord record() {
        OffsetDateTime revised = OffsetDateTime.parse("2025-11-19T09:30:00+09:00");
        return new IncidentRecord(ID, Instant.parse("2025-11-18T13:10:00Z"), "officer", List.of(
                new IncidentRecord.Revision(1, OffsetDateTime.parse("2025-11-18T22:10:00+09:00"),
                        Instant.parse("2025-11-18T13:10:00Z"), "officer", null, facts(501), Instant.parse("2025-11-18T13:10:00Z")),
                new IncidentRecord.Revision(2, revised, Instant.parse("2025-11-19T00:31:00Z"), "dpo",
                        "Forensics found more California customers", facts(1200), Instant.parse("2025-11-19T00:31:05Z"))),
                List.of(PIPC_REPORT,
                        new IncidentRecord.ObligationEntry("us-ca-individuals", "US-CA", "INDIVIDUAL_NOTICE",
                                "INDIVIDUALS", null, null, ObligationStatus.MET, 1),
                        new IncidentRecord.ObligationEntry("us-ca-ag", "US-CA", "AUTHORITY_REPORT", "AG", null,
                                OffsetDateTime.parse("2025-11-21T17:00:00-08:00"), ObligationStatus.OPEN, 2)));
    }

    static void stage(IncidentRecords incidents, ObligationCatalog catalog, HumanTasks tasks, CaseHistory history,
            AuditTrail audit) {
        given(incidents.find(any())).willReturn(Optional.empty());
        given(incidents.find(ID)).willReturn(Optional.of(record()));
        given(incidents.exists(any())).willReturn(false);
        given(incidents.exists(ID)).willReturn(true);
        given(incidents.summaries()).willReturn(List.of(new IncidentSummary(ID,
                "Customer data accessed by former employee", OffsetDateTime.parse("2025-11-18T22:00:00+09:00"),
                Instant.parse("2025-11-18T13:10:00Z"), 2, 3, 2, OffsetDateTime.parse("2025-11-19T22:00:00+09:00"),
                PIPC_REPORT)));
        given(catalog.evaluate(any())).willReturn(new Evaluation(List.of(new Obligation("KR-PIPA",
                ObligationKind.AUTHORITY_REPORT, "PIPC", null, OffsetDateTime.parse("2025-11-19T22:00:00+09:00"),
                null, "PIPA Art. 34(3); Enforcement Decree Art. 40(1)", "1,000 or more data subjects", null,
                "kr-pipa-report", null, null, null, null), new Obligation("US-CA", ObligationKind.AUTHORITY_REPORT,
                "AG", null, OffsetDateTime.parse("2025-11-21T17:00:00-08:00"), null, "Cal. Civ. Code § 1798.82(f)",
                "more than 500 California residents", null, "us-ca-ag", null, null, null, null)), List.of(), null));
        given(tasks.openForIncident(anyString())).willReturn(List.of(new HumanTask(7001L, "Task_DraftReport",
                "Draft report to PIPC", "draft-report", ID.toString(), "kr-pipa-report",
                List.of("compliance-officer"), null, "2025-11-19T22:00:00+09:00", HumanTask.State.OPEN, null, null)));
        given(tasks.completedForIncident(ID.toString())).willReturn(List.of(new HumanTasks.CompletedForm(7000L,
                "Triage", "triage", "officer", Instant.parse("2025-11-18T13:20:00Z"),
                "{\"comment\": \"call Kim Minji " + PERSON_IN_FORM + "\"}")));
        given(history.events(ID)).willReturn(List.of(
                new CaseEvent(Instant.parse("2025-11-18T13:10:01Z"), "Process_BreachLifecycle", 11L,
                        "StartEvent_IncidentReported", "Incident reported", "START_EVENT", "COMPLETED"),
                new CaseEvent(Instant.parse("2025-11-18T13:25:00Z"), "Process_AuthorityReport", 12L,
                        "Task_DraftReport", "Draft report", "USER_TASK", "ACTIVATED")));
        given(history.diagrams(ID)).willReturn(List.of(new CaseDiagram(2251799813685249L, "Process_AuthorityReport",
                "<definitions/>", Set.of("StartEvent_Report"), Set.of("Task_DraftReport"), Set.of())));
        given(audit.forIncident(ID.toString())).willReturn(List.of(
                new AuditEntry(1, Instant.parse("2025-11-18T13:10:00Z"), "officer", "INCIDENT_REPORTED", ID.toString(),
                        "obligations=kr-pipa-report,us-ca-individuals", "ab12"),
                new AuditEntry(2, Instant.parse("2025-11-18T13:20:01Z"), "officer", "TASK_COMPLETED", ID.toString(),
                        "task=7000 form=triage decisions={outcome=BREACH}", "ab13"),
                new AuditEntry(3, Instant.parse("2025-11-19T00:31:00Z"), "system", "SCOPE_REVISED", ID.toString(),
                        "revision=2", "ab14"),
                new AuditEntry(4, Instant.parse("2025-11-19T01:00:00Z"), "officer", "REPORT_DRAFTED", ID.toString(),
                        "draft=12 obligation=kr-pipa-report number=1 contentHash=9f86d081", "ab15"),
                new AuditEntry(5, Instant.parse("2025-11-19T02:00:00Z"), "system", "DEADLINE_REMINDER_DUE", ID.toString(),
                        "obligation=kr-pipa-report dueAt=2025-11-19T22:00+09:00 atRisk=true", "ab16")));
    }
}
