package io.breachflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.web.FormLoginClient;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The inbox's queries and the task list's visibility over the real schema (H2, Flyway). */
@BreachflowIntegrationTest
class InboxIntegrationTests {

    private static final AtomicLong KEYS = new AtomicLong(System.nanoTime() & 0xFFFFFFFFL);

    @Autowired
    HumanTasks tasks;

    @Autowired
    InboxQueries queries;

    @Autowired
    TaskFormSubmissions submissions;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private final String incident = UUID.randomUUID().toString();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private long open(String formKey, String group, String subject, String dueAt) {
        long key = KEYS.incrementAndGet();
        tasks.open(new NewHumanTask(key, "Task_" + formKey, "Task " + formKey, formKey, incident, subject,
                List.of(group), null, dueAt));
        return key;
    }

    private static Visibility as(String username, String... roles) {
        return Visibility.of(new Actor(username, Set.of(roles)));
    }

    private List<Long> ids(Visibility visibility, InboxQueries.Filter filter) {
        return queries.page(visibility, filter, 0, 50).stream().map(t -> t.task().id()).toList();
    }

    private InboxQueries.Filter onlyThisIncident() {
        return new InboxQueries.Filter(incident, null, null, false);
    }

    @Test
    void officersSeeTheirGroupsTasksByDeadlineWhateverTheOffsetAndTheDpoSeesAll() {
        String in30Hours = now.plus(30, ChronoUnit.HOURS).atOffset(ZoneOffset.UTC).toString();
        // two hours earlier than in30Hours, written in Seoul time: sorts first although its text sorts last
        String in28HoursSeoul = now.plus(28, ChronoUnit.HOURS).atOffset(ZoneOffset.ofHours(9)).toString();
        long later = open("draft-report", "compliance-officer", "kr-pipa-report", in30Hours);
        long sooner = open("draft-report", "compliance-officer", "eu-gdpr-lead-sa", in28HoursSeoul);
        long undated = open("post-incident-review", "dpo", null, null);
        long legal = open("approve-report", "legal", "kr-pipa-report", in30Hours);

        assertThat(ids(as("officer", "COMPLIANCE_OFFICER"), onlyThisIncident())).containsExactly(sooner, later);
        assertThat(ids(as("legal", "LEGAL"), onlyThisIncident())).containsExactly(legal);
        assertThat(ids(as("dpo", "DPO"), onlyThisIncident())).containsExactly(sooner, later, legal, undated);
        assertThat(queries.count(as("officer", "COMPLIANCE_OFFICER"), onlyThisIncident())).isEqualTo(2);
        assertThat(ids(as("dpo", "DPO"), new InboxQueries.Filter(incident, null, "KR-PIPA", false)))
                .containsExactly(later, legal);
        assertThat(ids(as("dpo", "DPO"), new InboxQueries.Filter(incident, "approve-report", null, false)))
                .containsExactly(legal);
    }

    @Test
    void theRegimeFilterFindsEveryRuleOfTheRegimeWhateverItsIdStartsWith() {
        long cac = open("draft-report", "compliance-officer", "cn-cac-report", null);
        long pipl = open("draft-report", "compliance-officer", "cn-pipl-authority", null);
        long california = open("draft-notice", "compliance-officer", "us-ca-individuals:US-CA", null);
        open("draft-report", "compliance-officer", "kr-pipa-report", null);

        assertThat(ids(as("dpo", "DPO"), new InboxQueries.Filter(incident, null, "CN-PIPL", false)))
                .containsExactlyInAnyOrder(cac, pipl);
        assertThat(ids(as("dpo", "DPO"), new InboxQueries.Filter(incident, null, "US-CA", false)))
                .containsExactly(california);
        assertThat(ids(as("dpo", "DPO"), new InboxQueries.Filter(incident, null, "XX-NONE", false))).isEmpty();
        assertThat(queries.regimes()).as("every regime of the law base, each US state, DC and territory included")
                .contains("KR-PIPA", "CN-PIPL", "US-CA", "US-AL", "US-WY", "US-DC", "US-PR", "US-GU", "US-VI")
                .doesNotHaveDuplicates().hasSize(67);
    }

    @Test
    void aClaimedTaskStaysVisibleToItsAssigneeAndCountsAsMine() {
        long task = open("draft-report", "compliance-officer", "kr-pipa-report", null);
        tasks.claim(task, new Actor("officer", Set.of("COMPLIANCE_OFFICER")));

        assertThat(ids(as("officer", "COMPLIANCE_OFFICER"), new InboxQueries.Filter(incident, null, null, true)))
                .containsExactly(task);
        assertThat(ids(as("legal", "LEGAL"), onlyThisIncident())).isEmpty();
    }

    @Test
    void countsTellOverdueFromAtRisk() {
        Visibility officer = as("officer", "COMPLIANCE_OFFICER");
        InboxQueries.Counts before = queries.counts(officer, now);
        open("draft-report", "compliance-officer", "a", now.minus(1, ChronoUnit.HOURS).toString());
        open("draft-report", "compliance-officer", "b", now.plus(6, ChronoUnit.HOURS).toString());
        open("draft-report", "compliance-officer", "c", now.plus(10, ChronoUnit.DAYS).toString());
        open("approve-report", "legal", "d", now.minus(1, ChronoUnit.HOURS).toString());

        InboxQueries.Counts after = queries.counts(officer, now);

        assertThat(after.open() - before.open()).isEqualTo(3);
        assertThat(after.overdue() - before.overdue()).isEqualTo(1);
        assertThat(after.atRisk() - before.atRisk()).isEqualTo(1);
    }

    @Test
    void theCountsPolledByTheInboxMayBeAFewSecondsOld() {
        Visibility auditor = as("auditor-" + incident, "AUDITOR");
        InboxQueries.Counts first = queries.recentCounts(auditor, now);
        open("draft-report", "compliance-officer", "x", null);

        assertThat(queries.recentCounts(auditor, now)).isEqualTo(first);
        assertThat(queries.counts(auditor, now).open()).isEqualTo(first.open() + 1);
    }

    @Test
    void theApiListsOnlyTheTasksOfTheCallersGroups() {
        long legal = open("approve-report", "legal", "kr-pipa-report", null);

        String asOfficer = new FormLoginClient(port).getWithBasic("/api/tasks", "officer", "demo").body();
        String asLegal = new FormLoginClient(port).getWithBasic("/api/tasks", "legal", "demo").body();

        assertThat(asOfficer).doesNotContain("\"id\":\"" + legal + "\"");
        assertThat(asLegal).contains("\"id\":\"" + legal + "\"");
    }

    @Test
    void aReceiptIsStoredWithItsHashAndOnlyItsIdIsSubmitted() {
        long task = open("submit-report", "compliance-officer", "kr-pipa-report", null);
        byte[] receipt = "PIPC receipt 2025-0042".getBytes();

        submissions.submit(task, new Actor("officer", Set.of("COMPLIANCE_OFFICER")),
                Map.of("channel", "PORTAL", "receiptNumber", "2025-0042"),
                new TaskFormSubmissions.Upload("receipt.txt", "text/plain", receipt), "receiptFileId");

        Map<String, Object> stored = jdbc.sql("SELECT id, sha256, size_bytes FROM human_task_upload WHERE task_id = ?")
                .param(task).query().singleRow();
        assertThat(stored.get("SHA256")).isEqualTo(TaskUploads.sha256(receipt));
        assertThat(queries.submittedForm(task)).contains("\"receiptFileId\":\"" + stored.get("ID") + "\"");
    }

    @Test
    void anInvalidSubmissionLeavesNoFileBehind() {
        long task = open("submit-report", "compliance-officer", "kr-pipa-report", null);

        assertThatThrownBy(() -> submissions.submit(task, new Actor("officer", Set.of("COMPLIANCE_OFFICER")),
                Map.of("channel", "FAX"), new TaskFormSubmissions.Upload("r.txt", "text/plain", new byte[] {1}),
                "receiptFileId")).isInstanceOf(InvalidFormException.class);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM human_task_upload WHERE task_id = ?").param(task)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aDraftIsKeptPerPersonUntilSubmitted() {
        long task = open("draft-report", "compliance-officer", "kr-pipa-report", null);
        Actor officer = new Actor("officer", Set.of("COMPLIANCE_OFFICER"));

        submissions.saveDraft(task, officer, Map.of("whatHappened", "first lines"));

        assertThat(submissions.draft(task, officer)).containsEntry("whatHappened", "first lines");
        assertThat(submissions.draft(task, new Actor("dpo", Set.of("DPO")))).isEmpty();
        submissions.submit(task, officer, Map.of("whatHappened", "final"), null, "fileId");
        assertThat(submissions.draft(task, officer)).isEmpty();
    }

    @Test
    void aMovedDeadlineMovesTheTaskInTheInboxOrderAndItsUrgency() {
        long first = open("draft-report", "compliance-officer", "kr-pipa-report", now.plus(2, ChronoUnit.DAYS).toString());
        long second = open("draft-report", "compliance-officer", "eu-gdpr-lead-sa", now.plus(3, ChronoUnit.DAYS).toString());
        Visibility officer = as("officer", "COMPLIANCE_OFFICER");
        long overdueBefore = queries.counts(officer, now).overdue();

        tasks.reschedule(incident, "eu-gdpr-lead-sa", now.minus(1, ChronoUnit.HOURS).toString());

        assertThat(ids(officer, onlyThisIncident())).containsExactly(second, first);
        assertThat(queries.counts(officer, now).overdue()).isEqualTo(overdueBefore + 1);
    }

    @Test
    void existingDueTextsAreBackFilledAsInstantsByTheMigration() {
        OffsetDateTime due = jdbc.sql("SELECT CAST(? AS TIMESTAMP(6) WITH TIME ZONE)")
                .param("2025-11-18T22:00:00+09:00").query(OffsetDateTime.class).single();
        assertThat(due.toInstant()).isEqualTo(Instant.parse("2025-11-18T13:00:00Z"));
    }
}
