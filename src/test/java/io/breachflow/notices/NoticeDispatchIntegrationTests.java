package io.breachflow.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import io.breachflow.BreachflowIntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.Duration;
import io.breachflow.regimes.ObligationKind;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The front door wired into the application: cohort upload, approved letter, run to the dev SMTP server. */
@BreachflowIntegrationTest
class NoticeDispatchIntegrationTests {

    @Autowired
    NoticeDispatch notices;

    @Autowired
    NoticeDrafting drafting;

    @Autowired
    GreenMail devSmtpServer;

    @Test
    void emailsEveryoneWithAnAddressAndTextsThoseWithOnlyAPhoneNumber() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        CohortImport cohort = notices.importCohort("integration", new StringReader(
                "person_id,name,email,phone,jurisdiction,language\n"
                + "a,Kim,a-" + tag + "@example.com,,KR,ko\n"
                + "b,Lee,b-" + tag + "@example.com,,KR,en\n"
                + "c,Park,,+821012345678,KR,ko\n"));
        ApprovedLetter letter = ApprovedLetters.korean(drafting, "INC-" + tag);

        NoticeRun run = notices.startRun(cohort.cohortId(), letter, notices.defaultWave(), "INC-" + tag, "officer");

        await().atMost(Duration.ofSeconds(20)).until(() -> notices.progress(run.id()).status() == RunStatus.COMPLETED);
        RunProgress progress = notices.progress(run.id());
        assertThat(progress.sent()).isEqualTo(3);
        assertThat(progress.suppressed()).isZero();
        assertThat(progress.remaining()).isZero();
        assertThat(Arrays.stream(devSmtpServer.getReceivedMessages()).filter(m -> to(m).contains(tag)))
                .hasSize(2)
                .allSatisfy(m -> assertThat(m.getMessageID()).startsWith("<run-" + run.id() + "-p-"));
    }

    @Test
    void aCorrectedReNoticeGoesToEveryoneTheEarlierRunReachedAndToNobodyElse() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        CohortImport cohort = notices.importCohort("first wave", new StringReader(
                "person_id,name,email,phone,jurisdiction,language\n"
                + "a,Kim,a-" + tag + "@example.com,,KR,ko\n"
                + "b,Lee,b-" + tag + "@example.com,,KR,en\n"
                + "c,Nobody,,,KR,ko\n"));
        NoticeRun first = notices.startRun(cohort.cohortId(), ApprovedLetters.korean(drafting, "INC-" + tag),
                notices.defaultWave(), "INC-" + tag, "officer");
        await().atMost(Duration.ofSeconds(20)).until(() -> notices.progress(first.id()).status() == RunStatus.COMPLETED);

        CohortImport again = notices.cohortOfRun(first.id());
        NoticeRun corrected = notices.startRun(again.cohortId(), ApprovedLetters.korean(drafting, "INC-" + tag),
                notices.defaultWave(), "INC-" + tag, "officer");
        await().atMost(Duration.ofSeconds(20)).until(() -> notices.progress(corrected.id()).status() == RunStatus.COMPLETED);

        assertThat(again.accepted()).isEqualTo(2);
        assertThat(notices.progress(corrected.id()).sent()).isEqualTo(2);
        assertThat(notices.run(corrected.id()).incidentId()).isEqualTo("INC-" + tag);
        assertThat(Arrays.stream(devSmtpServer.getReceivedMessages()).filter(m -> to(m).contains(tag))
                .filter(m -> messageId(m).startsWith("<run-" + corrected.id() + "-p-"))).hasSize(2);
    }

    @Test
    void refusesToSendALetterWhoseFilesNoLongerMatchTheApprovedHash() {
        CohortImport cohort = notices.importCohort("tampered", new StringReader(
                "person_id,name,email,phone,jurisdiction,language\nx,X,x@example.com,,KR,ko\n"));
        ApprovedLetter approved = ApprovedLetters.korean(drafting, UUID.randomUUID().toString());
        ApprovedLetter letter = new ApprovedLetter(approved.template(), approved.version(), "0".repeat(64));

        assertThatThrownBy(() -> notices.startRun(cohort.cohortId(), letter, notices.defaultWave(), null, "officer"))
                .isInstanceOf(LetterNotApprovedException.class)
                .hasMessageStartingWith("Expected letter " + approved.template() + " to hash to the approved "
                        + approved.contentHash() + ", but the request names " + "0".repeat(64));
    }

    /** Issue 13: a postal letter must never lose a glyph; a run refuses to start instead, like a hash mismatch. */
    @Test
    void aLetterWithCharactersNoFontHasIsRefusedWhenDraftedSoNoRunCanPrintIt() {
        // the run-level check (PostalDispatchTests) stays for fonts configured later and for names
        Map<String, String> fields = new HashMap<>(LetterFixtures.fields("ko"));
        fields.put("whatHappened", "산탈리어 안내(ᱚᱞ ᱪᱤᱠᱤ)를 동봉합니다.");
        String incident = UUID.randomUUID().toString();

        assertThatThrownBy(() -> drafting.draft(new LetterDraftRequest(incident, "KR-PIPA",
                ObligationKind.INDIVIDUAL_NOTICE, List.of("ko"), fields, "officer")))
                .isInstanceOf(io.breachflow.notices.UnprintableTextException.class)
                .hasMessageContaining("U+1C5A 'ᱚ'");
        assertThat(drafting.forIncident(incident)).isEmpty();
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String to(MimeMessage message) {
        try {
            return String.join(",", message.getHeader("To"));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
