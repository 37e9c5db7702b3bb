package io.breachflow.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.audit.AuditTrail;
import io.breachflow.filings.EvidenceLocker;
import io.breachflow.incidents.IncidentId;
import io.breachflow.incidents.IncidentRecord;
import io.breachflow.incidents.IncidentRecords;
import io.breachflow.incidents.ObligationStatus;
import io.breachflow.incidents.RegulatorQuestions;
import io.breachflow.notices.NoticeDispatch;
import io.breachflow.notices.RunProgress;
import io.breachflow.notices.RunStatus;
import io.breachflow.tasklist.Actor;
import io.breachflow.tasklist.HumanTask;
import io.breachflow.tasklist.HumanTasks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo case as a new user meets it on first start: every demo role has work waiting, the reports stand in
 * three states, 100,000 made-up customers were told, the police have the evidence, a regulator's order is open —
 * and an administrator's one action leaves no demo incident and no demo task behind, with both recorded in the
 * audit trail. Runs the seeder on demand against the shared context (tests never seed on start-up).
 */
@BreachflowIntegrationTest
class DemoSeederIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    DemoSeeder seeder;

    @Autowired
    DemoRemoval removal;

    @Autowired
    HumanTasks tasks;

    @Autowired
    IncidentRecords records;

    @Autowired
    NoticeDispatch dispatch;

    @Autowired
    EvidenceLocker evidence;

    @Autowired
    RegulatorQuestions questions;

    @Autowired
    AuditTrail audit;

    @Autowired
    Clock clock;

    @Test
    void seedsACaseEveryDemoRoleCanWorkOnAndRemovesItWithoutATrace() {
        DemoStatus status = seeder.seed();
        assertThat(status.state()).as(String.valueOf(status.failure())).isEqualTo(DemoStatus.State.READY);
        String id = status.incidentId();

        assertThat(inbox(id, new Actor("officer", Set.of("COMPLIANCE_OFFICER")))).extracting(HumanTask::formKey)
                .contains("draft-report", "prepare-wave", "answer-regulator-question");
        assertThat(inbox(id, new Actor("legal", Set.of("LEGAL")))).extracting(HumanTask::formKey)
                .contains("approve-report");
        assertThat(inbox(id, new Actor("dpo", Set.of("DPO")))).hasSizeGreaterThan(5);

        IncidentRecord incident = records.find(IncidentId.of(id)).orElseThrow();
        Instant now = clock.instant();
        assertThat(obligation(incident, "kr-network-act-report-insider").status())
                .as("the first report, for 4,500 accounts, was filed").isEqualTo(ObligationStatus.MET);
        IncidentRecord.ObligationEntry supplement = incident.obligations().stream()
                .filter(o -> o.key().startsWith("kr-network-act-report-insider/supplement")).findFirst().orElseThrow();
        assertThat(supplement.dueAt().toInstant()).as("the supplement after the revision is overdue").isBefore(now);
        await().atMost(PATIENCE).until(() -> tasks.openForSubject(id, supplement.key()).stream()
                .anyMatch(task -> task.escalatedAt() != null));
        OffsetDateTime pipcDue = obligation(incident, "kr-pipa-report").dueAt();
        assertThat(pipcDue.toInstant()).as("the PIPC report is at risk: due within 12 hours")
                .isAfter(now).isBefore(now.plus(Duration.ofHours(12)));
        assertThat(tasks.openForSubject(id, "kr-pipa-report")).extracting(HumanTask::formKey)
                .containsExactly("approve-report");

        RunProgress run = dispatch.progress(status.runId());
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.total()).isEqualTo(100_000);
        assertThat(run.sent()).isEqualTo(100_000);
        assertThat(evidence.handOvers(id)).as("the referral's evidence was handed to the police").isNotEmpty();
        assertThat(questions.of(IncidentId.of(id))).extracting(RegulatorQuestions.Recorded::kind)
                .containsExactly(RegulatorQuestions.Kind.ORDER);
        assertThat(audit.forIncident(id)).extracting(entry -> entry.action()).contains("DEMO_DATA_SEEDED");

        DemoDataRemoved removed = removal.remove("admin");

        assertThat(removed.processes()).isPositive();
        assertThat(records.find(IncidentId.of(id))).as("no demo incident").isEmpty();
        assertThat(tasks.openForIncident(id)).as("no open demo task").isEmpty();
        assertThat(seeder.status().state()).isEqualTo(DemoStatus.State.REMOVED);
        assertThat(audit.forIncident(id)).extracting(entry -> entry.action()).contains("DEMO_DATA_REMOVED");
    }

    private List<HumanTask> inbox(String incidentId, Actor viewer) {
        return tasks.openTasks(null, null, viewer).stream().filter(task -> incidentId.equals(task.incidentId())).toList();
    }

    private static IncidentRecord.ObligationEntry obligation(IncidentRecord incident, String key) {
        return incident.obligations().stream().filter(o -> key.equals(o.key())).findFirst().orElseThrow();
    }
}
