package io.breachflow.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.regimes.ObligationKind;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Drafting, four-eyes approval bound to the content hash, immutability, and sending an approved version. */
@BreachflowIntegrationTest
@RecordApplicationEvents
class NoticeDraftingIntegrationTests {

    @Autowired
    NoticeDrafting drafting;

    @Autowired
    NoticeDispatch dispatch;

    @Autowired
    GreenMail devSmtpServer;

    @Autowired
    ApplicationEvents events;

    private final String incident = UUID.randomUUID().toString();

    @Test
    void refusesADraftMissingARequiredItemAndNamesIt() {
        Map<String, String> fields = new HashMap<>(LetterFixtures.fields("ko"));
        fields.remove("contactPoint");
        fields.put("whatYouCanDo", "   ");

        assertThatThrownBy(() -> drafting.draft(request("KR-PIPA", List.of("ko"), fields, "officer")))
                .isInstanceOf(MissingRequiredContentException.class)
                .hasMessageContaining("what data subjects can do to reduce harm (field whatYouCanDo; PIPA Art. 34(1)")
                .hasMessageContaining("a help desk or contact point for reporting damage (field contactPoint")
                .satisfies(e -> assertThat(((MissingRequiredContentException) e).missing())
                        .extracting(RequiredItem::field).containsExactly("whatYouCanDo", "contactPoint"));
        assertThat(drafting.forIncident(incident)).isEmpty();
    }

    @Test
    void draftsEveryLanguagePendingApprovalWithItsContentHash() throws IOException {
        LetterVersion version = drafting.draft(request("KR-PIPA", List.of("ko", "en"), LetterFixtures.fields("ko"),
                "officer"));

        assertThat(version.status()).isEqualTo(ApprovalStatus.PENDING_APPROVAL);
        assertThat(version.number()).isEqualTo(1);
        assertThat(version.template()).isEqualTo("KR-PIPA/individual-notice");
        assertThat(version.contentHash()).hasSize(64);
        assertThat(events.stream(NoticeVersionDrafted.class)).anyMatch(e -> e.versionId() == version.id());
        RenderedLetter preview = drafting.preview(version.id(), "ko");
        assertThat(preview.subject()).isEqualTo("브리치플로 주식회사 개인정보 유출 통지");
        assertThat(preview.html()).contains("이름, 이메일 주소, 전화번호");
        try (PDDocument pdf = Loader.loadPDF(preview.pdf())) {
            assertThat(pdf.getNumberOfPages()).isPositive();
        }
    }

    @Test
    void theDrafterCannotApproveTheirOwnVersion() {
        LetterVersion version = draftKorean();

        assertThatThrownBy(() -> drafting.approve(version.id(), "officer", version.contentHash()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("four eyes");
        assertThat(drafting.find(version.id()).orElseThrow().status()).isEqualTo(ApprovalStatus.PENDING_APPROVAL);
    }

    @Test
    void approvalIsBoundToTheContentHashTheApproverReviewed() {
        LetterVersion version = draftKorean();

        assertThatThrownBy(() -> drafting.approve(version.id(), "legal", "f".repeat(64)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("to be bound to its content hash " + version.contentHash());
        LetterVersion approved = drafting.approve(version.id(), "legal", version.contentHash());

        assertThat(approved.status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("legal");
        assertThat(events.stream(NoticeVersionApproved.class)).anyMatch(e -> e.versionId() == version.id()
                && e.contentHash().equals(version.contentHash()) && e.approvedBy().equals("legal"));
    }

    @Test
    void anApprovedVersionNeverChangesAndACorrectionIsANewVersionNeedingItsOwnApproval() {
        LetterVersion first = draftKorean();
        drafting.approve(first.id(), "legal", first.contentHash());

        assertThatThrownBy(() -> drafting.approve(first.id(), "dpo", first.contentHash()))
                .hasMessageContaining("to be PENDING_APPROVAL, but it is APPROVED");
        assertThatThrownBy(() -> drafting.reject(first.id(), "dpo", "too late"))
                .hasMessageContaining("approved and rejected versions never change");

        Map<String, String> corrected = new HashMap<>(LetterFixtures.fields("ko"));
        corrected.put("dataCategories", "이름, 이메일 주소, 전화번호, 배송지 주소, 주문 내역, 공동현관 출입번호");
        LetterVersion second = drafting.draft(request("KR-PIPA", List.of("ko"), corrected, "officer"));

        assertThat(second.number()).isEqualTo(2);
        assertThat(second.status()).isEqualTo(ApprovalStatus.PENDING_APPROVAL);
        assertThat(second.contentHash()).isNotEqualTo(first.contentHash());
        assertThat(drafting.previousApproved(second.id())).map(LetterVersion::id).contains(first.id());
        assertThat(drafting.find(first.id()).orElseThrow().fields()).isEqualTo(first.fields());
        assertThatThrownBy(() -> drafting.approvedLetter(second.id()))
                .hasMessage("Expected letter version " + second.id() + " to be APPROVED, but it is PENDING_APPROVAL");
    }

    @Test
    void aRejectedVersionKeepsTheCommentAndCannotBeApproved() {
        LetterVersion version = draftKorean();

        LetterVersion rejected = drafting.reject(version.id(), "legal", "Name the remedy procedure.");

        assertThat(rejected.status()).isEqualTo(ApprovalStatus.REJECTED);
        assertThat(rejected.comment()).isEqualTo("Name the remedy procedure.");
        assertThatThrownBy(() -> drafting.approve(version.id(), "legal", version.contentHash()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void dispatchSendsTheApprovedVersionsFieldsWithEachPersonsName() throws Exception {
        LetterVersion version = draftKorean();
        drafting.approve(version.id(), "legal", version.contentHash());
        String tag = UUID.randomUUID().toString().substring(0, 8);
        CohortImport cohort = dispatch.importCohort("drafted", new StringReader(
                "person_id,name,email,phone,jurisdiction,language\n"
                + "a,최서연,a-" + tag + "@example.com,,KR,ko\n"));

        NoticeRun run = dispatch.startRun(cohort.cohortId(), drafting.approvedLetter(version.id()), dispatch.defaultWave(),
                null, "officer");

        await().atMost(Duration.ofSeconds(20)).until(() -> dispatch.progress(run.id()).status() == RunStatus.COMPLETED);
        MimeMessage mail = Arrays.stream(devSmtpServer.getReceivedMessages())
                .filter(m -> GreenMailUtil.getHeaders(m).contains(tag)).findFirst().orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("브리치플로 주식회사 개인정보 유출 통지");
        String body = GreenMailUtil.getBody(mail);
        assertThat(decodedParts(mail)).contains("최서연 님께").contains("이름, 이메일 주소, 전화번호");
        assertThat(body).isNotEmpty();
    }

    @Test
    void dispatchRefusesAVersionThatIsNotApprovedOrAHashThatDoesNotMatch() {
        LetterVersion version = draftKorean();
        CohortImport cohort = dispatch.importCohort("refused", new StringReader(
                "person_id,name,email,phone,jurisdiction,language\nx,X,x@example.com,,KR,ko\n"));
        ApprovedLetter forged = new ApprovedLetter("KR-PIPA/individual-notice@v" + version.id(),
                String.valueOf(version.id()), version.contentHash());

        assertThatThrownBy(() -> dispatch.startRun(cohort.cohortId(), forged, dispatch.defaultWave(), null, "officer"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("to be APPROVED, but it is PENDING_APPROVAL");

        drafting.approve(version.id(), "legal", version.contentHash());
        ApprovedLetter tampered = new ApprovedLetter(forged.template(), forged.version(), "0".repeat(64));
        assertThatThrownBy(() -> dispatch.startRun(cohort.cohortId(), tampered, dispatch.defaultWave(), null, "officer"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("but the request names " + "0".repeat(64));
    }

    private LetterVersion draftKorean() {
        return drafting.draft(request("KR-PIPA", List.of("ko"), LetterFixtures.fields("ko"), "officer"));
    }

    private LetterDraftRequest request(String regime, List<String> languages, Map<String, String> fields,
            String drafter) {
        return new LetterDraftRequest(incident, regime, ObligationKind.INDIVIDUAL_NOTICE, languages, fields, drafter);
    }

    private static String decodedParts(MimeMessage mail) throws Exception {
        jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) mail.getContent();
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < multipart.getCount(); i++) {
            all.append(multipart.getBodyPart(i).getContent());
        }
        return all.toString();
    }
}
