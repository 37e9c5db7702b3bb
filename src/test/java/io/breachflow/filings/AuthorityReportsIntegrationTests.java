package io.breachflow.filings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.audit.AuditEntry;
import io.breachflow.audit.AuditTrail;
import io.breachflow.notices.ApprovalStatus;
import io.breachflow.notices.MissingRequiredContentException;
import io.breachflow.regimes.ObligationKind;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Drafting, four-eyes approval bound to the hash, immutability and printing of authority reports. */
@BreachflowIntegrationTest
@RecordApplicationEvents
class AuthorityReportsIntegrationTests {

    @Autowired
    AuthorityReports reports;

    @Autowired
    ApplicationEvents events;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    private final String incident = UUID.randomUUID().toString();

    @Test
    void refusesAGdprReportWithoutLikelyConsequencesAndNamesArticle33_3c() {
        Map<String, String> fields = ReportFixtures.fields("en");
        fields.remove("consequences");

        assertThatThrownBy(() -> reports.draft(request("EU-GDPR", "LEAD_SA", "en", fields, "officer")))
                .isInstanceOf(MissingRequiredContentException.class)
                .hasMessageContaining("the likely consequences of the breach (field consequences; GDPR Art. 33(3)")
                .hasMessageContaining("(c)");
        assertThat(reports.forIncident(incident)).isEmpty();
    }

    @Test
    void storesTheRenderedReportWithItsHashPendingApproval() {
        ReportDraft draft = reports.draft(request("KR-PIPA", "PIPC", "ko", ReportFixtures.fields("ko"), "officer"));

        assertThat(draft.status()).isEqualTo(ApprovalStatus.PENDING_APPROVAL);
        assertThat(draft.template()).isEqualTo("KR-PIPA/authority-report_ko.html");
        assertThat(draft.html()).contains("개인정보 유출 신고서").contains("PIPC").contains("약 4,500명");
        assertThat(draft.contentHash()).isEqualTo(AuthorityReports.sha256(draft.html()));
        assertThat(events.stream(ReportDrafted.class)).anyMatch(e -> e.draftId() == draft.id());
    }

    @Test
    void theDrafterCannotApproveAndApprovalIsBoundToTheHash() {
        ReportDraft draft = reports.draft(request("US-SEC", "SEC", "en", ReportFixtures.fields("en"), "officer"));

        assertThatThrownBy(() -> reports.approve(draft.id(), "officer", draft.contentHash()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("four eyes");
        assertThatThrownBy(() -> reports.approve(draft.id(), "legal", "a".repeat(64)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("to be bound to its content hash");
        ReportDraft approved = reports.approve(draft.id(), "legal", draft.contentHash());

        assertThat(approved.status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(approved.html()).isEqualTo(draft.html());
        assertThat(events.stream(ReportApproved.class)).anyMatch(e -> e.draftId() == draft.id()
                && e.contentHash().equals(draft.contentHash()));
    }

    @Test
    void anApprovedReportNeverChangesAndAnUpdateIsTheNextDraft() {
        ReportDraft first = reports.draft(request("JP-APPI", "PPC", "ja", ReportFixtures.fields("ja"), "officer"));
        reports.approve(first.id(), "legal", first.contentHash());

        assertThatThrownBy(() -> reports.reject(first.id(), "dpo", "no"))
                .hasMessageContaining("approved and rejected reports never change");
        ReportDraft update = reports.draft(new ReportRequest(incident, "JP-APPI:AUTHORITY_REPORT:PPC", "JP-APPI",
                ObligationKind.AUTHORITY_UPDATE, "PPC", "ja", ReportFixtures.fields("ja"), "officer"));

        assertThat(update.number()).isEqualTo(2);
        assertThat(update.html()).contains("個人データの漏えい等の報告（確報）");
        assertThat(reports.find(first.id()).orElseThrow().status()).isEqualTo(ApprovalStatus.APPROVED);
    }

    @Test
    void aRejectedReportKeepsTheComment() {
        ReportDraft draft = reports.draft(request("EU-GDPR", "LEAD_SA", "en", ReportFixtures.fields("en"), "officer"));

        ReportDraft rejected = reports.reject(draft.id(), "legal", "Add the record count source.");

        assertThat(rejected.status()).isEqualTo(ApprovalStatus.REJECTED);
        assertThat(rejected.comment()).isEqualTo("Add the record count source.");
        assertThat(events.stream(ReportRejected.class)).anyMatch(e -> e.draftId() == draft.id());
    }

    @Test
    void printsTheStoredReportToPdf() throws IOException {
        ReportDraft draft = reports.draft(request("KR-PIPA", "PIPC", "ko", ReportFixtures.fields("ko"), "officer"));

        try (PDDocument pdf = Loader.loadPDF(reports.pdf(draft.id()))) {
            assertThat(pdf.getNumberOfPages()).isPositive();
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", ""))
                    .contains("개인정보유출신고서").contains("브리치플로주식회사");
        }
    }

    @Test
    void filingRefusesAReportLegalHasNotApprovedAndAuditsWhoAskedForIt() {
        ReportDraft draft = reports.draft(request("KR-PIPA", "PIPC", "ko", ReportFixtures.fields("ko"), "officer"));

        assertThatThrownBy(() -> reports.approvedForFiling(draft.id(), "officer"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Expected report " + draft.id() + " to be APPROVED before it is filed, but it is "
                        + "PENDING_APPROVAL");

        AuditEntry refused = refusal();
        assertThat(refused.actor()).isEqualTo("officer");
        assertThat(refused.detail()).isEqualTo("draft=" + draft.id() + " obligation=KR-PIPA:AUTHORITY_REPORT:PIPC "
                + "reason=NOT_APPROVED");
    }

    @Test
    void filingRefusesAnApprovedReportWhoseStoredHtmlNoLongerHashesToTheApprovedHash() {
        ReportDraft draft = reports.draft(request("KR-PIPA", "PIPC", "ko", ReportFixtures.fields("ko"), "officer"));
        reports.approve(draft.id(), "legal", draft.contentHash());
        assertThat(reports.approvedForFiling(draft.id(), "officer").html()).isEqualTo(draft.html());

        jdbc.sql("UPDATE authority_report SET html = ? WHERE id = ?").params(draft.html() + "<!-- -->", draft.id())
                .update();

        assertThatThrownBy(() -> reports.approvedForFiling(draft.id(), "dpo"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Expected report " + draft.id() + " to hash to the approved "
                        + draft.contentHash() + ", but its stored HTML hashes to ");
        assertThat(refusal().actor()).isEqualTo("dpo");
        assertThat(refusal().detail()).endsWith("reason=HASH_MISMATCH");
    }

    private AuditEntry refusal() {
        return await().atMost(Duration.ofSeconds(10)).until(
                () -> audit.page(incident, "REPORT_FILING_REFUSED", 0, 10).entries(), e -> e.size() == 1).get(0);
    }

    private ReportRequest request(String regime, String recipient, String language, Map<String, String> fields,
            String drafter) {
        return new ReportRequest(incident, regime + ":AUTHORITY_REPORT:" + recipient, regime,
                ObligationKind.AUTHORITY_REPORT, recipient, language, fields, drafter);
    }
}
