package io.breachflow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.breachflow.filings.AuthorityReports;
import io.breachflow.filings.EvidenceItem;
import io.breachflow.filings.EvidenceItem.Custody;
import io.breachflow.filings.EvidenceItem.CustodyAction;
import io.breachflow.filings.EvidenceLocker;
import io.breachflow.filings.EvidencePackage;
import io.breachflow.filings.ReportDraft;
import io.breachflow.incidents.IncidentRecords;
import io.breachflow.notices.ApprovalStatus;
import io.breachflow.notices.ApprovedLetter;
import io.breachflow.notices.LetterVersion;
import io.breachflow.notices.NoticeCohorts;
import io.breachflow.notices.NoticeDispatch;
import io.breachflow.notices.NoticeDrafting;
import io.breachflow.notices.NoticeRun;
import io.breachflow.notices.RenderedLetter;
import io.breachflow.notices.RunProgress;
import io.breachflow.notices.RunStatus;
import io.breachflow.regimes.ObligationKind;
import io.breachflow.web.WebSecurityForSlices;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = CaseDocumentsController.class)
@Import({WebSecurityForSlices.class, CaseDocuments.class, IncidentLookup.class, CaseTimes.class})
@MockitoBean(types = {IncidentRecords.class, AuthorityReports.class, NoticeDrafting.class, EvidenceLocker.class,
        NoticeDispatch.class, NoticeCohorts.class})
class CaseDocumentsControllerTests {

    static final String ID = CaseFixtures.ID.toString();
    static final String SECTION = "/incidents/" + ID + "/documents";
    static final String REPORT_HASH = "a".repeat(12) + "1".repeat(52);
    static final String LETTER_HASH = "b".repeat(12) + "2".repeat(52);
    static final String FILE_HASH = "c".repeat(12) + "3".repeat(52);
    static final String MANIFEST_HASH = "d".repeat(12) + "4".repeat(52);
    static final byte[] PDF = "%PDF-1.7 fake".getBytes();
    static final Instant AT = Instant.parse("2025-11-18T14:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    IncidentRecords incidents;

    @Autowired
    AuthorityReports reports;

    @Autowired
    NoticeDrafting letters;

    @Autowired
    EvidenceLocker locker;

    @Autowired
    NoticeDispatch dispatch;

    @BeforeEach
    void stage() {
        given(incidents.exists(any())).willReturn(false);
        given(incidents.exists(CaseFixtures.ID)).willReturn(true);
        ReportDraft report = new ReportDraft(11, ID, "kr-pipa-report", "KR-PIPA", ObligationKind.AUTHORITY_REPORT,
                "PIPC", "ko", 1, Map.of(), "KR-PIPA/authority-report_ko.html", "<html></html>", REPORT_HASH,
                ApprovalStatus.APPROVED, "officer", AT, "legal", AT.plusSeconds(3600), null);
        given(reports.forIncident(ID)).willReturn(List.of(report));
        given(reports.find(11)).willReturn(Optional.of(report));
        given(reports.find(12)).willReturn(Optional.of(new ReportDraft(12, "another-incident", "k", "KR-PIPA",
                ObligationKind.AUTHORITY_REPORT, "PIPC", "ko", 1, Map.of(), "t", "<html></html>", REPORT_HASH,
                ApprovalStatus.PENDING_APPROVAL, "officer", AT, null, null, null)));
        given(reports.pdf(11)).willReturn(PDF);
        LetterVersion letter = new LetterVersion(21, ID, "KR-PIPA", ObligationKind.INDIVIDUAL_NOTICE, 2,
                List.of("ko", "en"), Map.of(), "KR-PIPA/individual-notice", LETTER_HASH,
                ApprovalStatus.PENDING_APPROVAL, "dpo", AT, null, null, null);
        given(letters.forIncident(ID)).willReturn(List.of(letter));
        given(letters.find(21)).willReturn(Optional.of(letter));
        given(letters.preview(21, "en")).willReturn(new RenderedLetter("en", "Subject", "<p>Dear customer</p>",
                "Dear customer", PDF));
        EvidenceItem item = new EvidenceItem("7d2c1e40-0000-4000-8000-000000000001", ID, "access.log", "text/plain",
                2048, FILE_HASH, "Web server access log", "officer", AT, List.of(
                        new Custody(CustodyAction.UPLOADED, "officer", AT, null),
                        new Custody(CustodyAction.PACKAGED, "system", AT.plusSeconds(60), "pkg-1"),
                        new Custody(CustodyAction.HANDED_TO_POLICE, "officer", AT.plusSeconds(120), "SMPA-2025-0042")));
        given(locker.list(any(), any())).willReturn(List.of(item));
        given(locker.latestPackage(ID)).willReturn(Optional.of(new EvidencePackage("pkg-1", ID, "system",
                AT.plusSeconds(60), 1, "{}", MANIFEST_HASH)));
        given(dispatch.recentRuns(anyInt())).willReturn(List.of(
                new NoticeRun(31, 5, new ApprovedLetter("KR-PIPA/individual-notice@v21", "21", LETTER_HASH), null,
                        RunStatus.RUNNING, ID),
                new NoticeRun(32, 6, new ApprovedLetter("other@v1", "1", "x"), null, RunStatus.RUNNING, "other")));
        given(dispatch.progress(31)).willReturn(new RunProgress(31, RunStatus.RUNNING, 4500, 2000, 10, 5, 35, 2450,
                50.0, Optional.empty()));
    }

    private String section(String role) throws Exception {
        return mvc.perform(get(SECTION).with(user(role.toLowerCase()).roles(role)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void listsEveryReportVersionWithStatusWhoDecidedAShortenedHashAndItsPdf() throws Exception {
        String html = section("AUDITOR");

        assertThat(html).contains("Authority reports", "KR-PIPA", "Report to the authority", "PIPC", "v1",
                        "Approved", "officer, 2025-11-18 14:00:00 UTC", "legal, 2025-11-18 15:00:00 UTC")
                .contains("title=\"" + REPORT_HASH + "\"", "aaaaaaaaaaaa…")
                .contains("href=\"/incidents/" + ID + "/documents/reports/11.pdf\"");
    }

    @Test
    void listsEveryLetterVersionWithItsLanguagesAndAPdfPerLanguage() throws Exception {
        String html = section("LEGAL");

        assertThat(html).contains("Letter versions", "Notice to individuals", "v2", "ko, en", "Pending approval")
                .contains("title=\"" + LETTER_HASH + "\"")
                .contains("/documents/letters/21_ko.pdf", "/documents/letters/21_en.pdf");
    }

    @Test
    void listsEvidenceWithHashCustodyAndTheHandedOverPackageLoggedUnderTheViewer() throws Exception {
        String html = section("DPO");

        assertThat(html).contains("access.log", "2,048 bytes", "text/plain", "title=\"" + FILE_HASH + "\"")
                .contains("3 entries", "Uploaded", "Packaged", "Handed to the police", "SMPA-2025-0042")
                .contains("title=\"" + MANIFEST_HASH + "\"", "Case number SMPA-2025-0042, by officer")
                .contains("href=\"/api/incidents/" + ID + "/evidence/7d2c1e40-0000-4000-8000-000000000001/content\"")
                .doesNotContain("Web server access log");
        then(locker).should().list(ID, "dpo");
    }

    @Test
    void showsOnlyTheIncidentsNoticeRunsWithProgress() throws Exception {
        String html = section("COMPLIANCE_OFFICER");

        assertThat(html).contains("Run 31: KR-PIPA/individual-notice@v21", "Running", "value=\"45\"",
                "4,500 people: 2,000 sent, 10 bounced, 5 failed, 35 by another channel, 2,450 remaining")
                .doesNotContain("Run 32");
    }

    @Test
    void saysThereAreNoneYetForAnIncidentWithoutDocuments() throws Exception {
        given(reports.forIncident(ID)).willReturn(List.of());
        given(letters.forIncident(ID)).willReturn(List.of());
        given(locker.list(any(), any())).willReturn(List.of());
        given(locker.latestPackage(ID)).willReturn(Optional.empty());
        given(dispatch.recentRuns(anyInt())).willReturn(List.of());

        assertThat(section("ADMIN")).contains("No reports, letter versions or evidence are stored");
    }

    @Test
    void speaksKorean() throws Exception {
        String html = mvc.perform(get(SECTION).param("lang", "ko").with(user("dpo").roles("DPO")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("감독기관 신고서", "통지문 버전", "승인됨", "승인 대기", "관리 이력", "경찰에 인계됨");
    }

    @ParameterizedTest
    @ValueSource(strings = {"COMPLIANCE_OFFICER", "LEGAL", "DPO", "AUDITOR", "ADMIN"})
    void servesTheReportPdfInlineToEveryRole(String role) throws Exception {
        mvc.perform(get(SECTION + "/reports/11.pdf").with(user("someone").roles(role)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition",
                        "inline; filename=\"report-KR-PIPA-AUTHORITY_REPORT-v1.pdf\""))
                .andExpect(content().bytes(PDF));
    }

    @Test
    void servesEachLanguageOfALetterAsItsPrintPreview() throws Exception {
        mvc.perform(get(SECTION + "/letters/21_en.pdf").with(user("someone").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition",
                        "inline; filename=\"letter-KR-PIPA-INDIVIDUAL_NOTICE-v2_en.pdf\""))
                .andExpect(content().bytes(PDF));
    }

    @Test
    void answers404ForUnknownDocumentsOtherIncidentsDocumentsAndMissingLanguages() throws Exception {
        for (String path : List.of(SECTION + "/reports/99.pdf", SECTION + "/reports/12.pdf",
                SECTION + "/letters/21_fr.pdf", SECTION + "/letters/99_ko.pdf", SECTION + "/reports/x.pdf",
                "/incidents/00000000-0000-4000-8000-000000000000/documents/reports/11.pdf",
                "/incidents/00000000-0000-4000-8000-000000000000/documents", "/incidents/not-an-id/documents")) {
            mvc.perform(get(path).with(user("someone").roles("ADMIN"))).andExpect(status().isNotFound());
        }
        then(letters).should(never()).preview(21, "fr");
        then(reports).should(never()).pdf(12);
    }

    @Test
    void sendsAnonymousVisitorsToTheLoginPage() throws Exception {
        mvc.perform(get(SECTION + "/reports/11.pdf")).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get(SECTION)).andExpect(redirectedUrlPattern("**/login"));
    }
}
