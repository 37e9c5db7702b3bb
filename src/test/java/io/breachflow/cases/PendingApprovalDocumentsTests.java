package io.breachflow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.breachflow.filings.AuthorityReports;
import io.breachflow.filings.ReportDraft;
import io.breachflow.notices.ApprovalStatus;
import io.breachflow.notices.LetterVersion;
import io.breachflow.notices.NoticeDrafting;
import io.breachflow.notices.RenderedLetter;
import io.breachflow.regimes.ObligationKind;
import io.breachflow.tasklist.DocumentUnderApproval;
import io.breachflow.tasklist.DocumentUnderApproval.FieldChange;
import io.breachflow.tasklist.HumanTask;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PendingApprovalDocumentsTests {

    private static final String INCIDENT = "8d3c1f0e-0000-4000-8000-000000000001";
    private static final Instant AT = Instant.parse("2025-11-19T01:00:00Z");

    private final NoticeDrafting letters = mock(NoticeDrafting.class);
    private final AuthorityReports reports = mock(AuthorityReports.class);
    private final PendingApprovalDocuments documents = new PendingApprovalDocuments(letters, reports);

    private static HumanTask task(String formKey, String subjectKey) {
        return new HumanTask(7, "Task_X", "Approve", formKey, INCIDENT, subjectKey, List.of("legal"), null, null,
                HumanTask.State.OPEN, null, null);
    }

    private static LetterVersion letter(long id, String regime, int number, ApprovalStatus status,
            Map<String, String> fields) {
        return new LetterVersion(id, INCIDENT, regime, ObligationKind.INDIVIDUAL_NOTICE, number, List.of("ko", "en"),
                fields, regime + "/individual-notice", "hash-" + id, status, "officer", AT, null, null, null);
    }

    private static ReportDraft report(long id, String key, int number, ApprovalStatus status, String whatHappened) {
        return new ReportDraft(id, INCIDENT, key, "KR-PIPA", ObligationKind.AUTHORITY_REPORT, "PIPC", "ko", number,
                Map.of("whatHappened", whatHappened), "KR-PIPA/authority-report_ko.html", "<h1>" + whatHappened + "</h1>",
                "report-hash-" + id, status, "officer", AT, null, null, null);
    }

    @Test
    void aNoticeApprovalIsAboutTheLatestPendingLetterOfTheObligationsRegime() {
        LetterVersion approved = letter(1, "KR-PIPA", 1, ApprovalStatus.APPROVED, Map.of("whatHappened", "A laptop"));
        LetterVersion pending = letter(3, "KR-PIPA", 2, ApprovalStatus.PENDING_APPROVAL,
                Map.of("whatHappened", "An insider"));
        LetterVersion otherRegime = letter(4, "KR-NETWORK-ACT", 1, ApprovalStatus.PENDING_APPROVAL, Map.of());
        when(letters.forIncident(INCIDENT)).thenReturn(List.of(approved, pending, otherRegime));
        when(letters.previousApproved(3)).thenReturn(Optional.of(approved));
        when(letters.previewMail(3, "ko")).thenReturn(new RenderedLetter("ko", "유출 통지", "<p>ko</p>", "ko", null));
        when(letters.previewMail(3, "en")).thenReturn(new RenderedLetter("en", "Notice", "<p>en</p>", "en", null));

        DocumentUnderApproval document = documents.forTask(task("approve-notice", "kr-pipa-notice")).orElseThrow();

        assertThat(document.versionId()).isEqualTo(3);
        assertThat(document.contentHash()).isEqualTo("hash-3");
        assertThat(document.renderings()).extracting(DocumentUnderApproval.Rendering::subject)
                .containsExactly("유출 통지", "Notice");
        assertThat(document.previousNumber()).isEqualTo(1);
        assertThat(document.changes()).containsExactly(new FieldChange("whatHappened", "A laptop", "An insider"));
        assertThat(document.changes().get(0).changed()).isTrue();
        assertThat(documents.pendingHash(task("approve-notice", "kr-network-act-notice"))).contains("hash-4");
        assertThat(documents.pendingHash(task("approve-notice", "jp-appi-notice"))).isEmpty();
    }

    @Test
    void aReportApprovalIsAboutThePendingDraftOfThatObligationComparedWithItsLastApprovedDraft() {
        when(reports.forIncident(INCIDENT)).thenReturn(List.of(
                report(1, "kr-pipa-report", 1, ApprovalStatus.APPROVED, "first"),
                report(2, "kr-network-act-report-insider", 1, ApprovalStatus.PENDING_APPROVAL, "other"),
                report(3, "kr-pipa-report", 2, ApprovalStatus.PENDING_APPROVAL, "supplement")));

        DocumentUnderApproval document = documents.forTask(task("approve-report", "kr-pipa-report")).orElseThrow();

        assertThat(document.kind()).isEqualTo(DocumentUnderApproval.Kind.REPORT);
        assertThat(document.contentHash()).isEqualTo("report-hash-3");
        assertThat(document.renderings()).singleElement()
                .satisfies(r -> assertThat(r.html()).isEqualTo("<h1>supplement</h1>"));
        assertThat(document.previousNumber()).isEqualTo(1);
        assertThat(document.changes()).singleElement().satisfies(c -> assertThat(c.changed()).isTrue());
    }

    @Test
    void aFirstVersionHasNothingToCompareWithAndOtherFormsHaveNoDocument() {
        LetterVersion pending = letter(3, "KR-PIPA", 1, ApprovalStatus.PENDING_APPROVAL, Map.of("cause", "Insider"));
        when(letters.forIncident(INCIDENT)).thenReturn(List.of(pending));
        when(letters.previousApproved(3)).thenReturn(Optional.empty());
        when(letters.previewMail(3, "ko")).thenReturn(new RenderedLetter("ko", "s", "h", "t", null));
        when(letters.previewMail(3, "en")).thenReturn(new RenderedLetter("en", "s", "h", "t", null));

        DocumentUnderApproval document = documents.forTask(task("approve-notice", "kr-pipa-notice")).orElseThrow();

        assertThat(document.firstVersion()).isTrue();
        assertThat(document.changes()).noneMatch(FieldChange::changed);
        assertThat(documents.forTask(task("approve-referral", "kr-pipa-notice"))).isEmpty();
    }
}
