package io.breachflow.notices.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.breachflow.notices.ApprovedLetter;
import io.breachflow.notices.LetterFixtures;
import io.breachflow.notices.NoticeWave;
import io.breachflow.notices.RunStatus;
import io.breachflow.notices.UnprintableLetterException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Postal letters through the dispatcher: printed with their script intact, or refused before anything starts. */
class PostalDispatchTests {

    /** Ol Chiki (Santali): in none of the print fonts. */
    private static final String OL_CHIKI = "ᱚᱞ ᱪᱤᱠᱤ";

    private final NoticeDatabase db = new NoticeDatabase();
    private final JdbcLedgerStore store = new JdbcLedgerStore(db.dataSource());
    private final Map<Long, LetterVersionSource.Content> versions = new HashMap<>();
    private final LetterRenderer letters = new LetterRenderer(Path.of("templates/letters"));

    @TempDir
    Path mailhouse;

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void printsTheApprovedKoreanAndJapaneseVersionsWithEachPersonsNameAndTheirScriptIntact() throws Exception {
        version(1, "KR-PIPA/individual-notice", List.of("ko", "en"), LetterFixtures.fields("ko"));
        version(2, "JP-APPI/individual-notice", List.of("ja", "en"), LetterFixtures.fields("ja"));
        long korean = Cohorts.of(db.dataSource(), """
                person_id,name,email,phone,jurisdiction,language,postal_address
                k1,김민준,,,KR,ko,서울특별시 종로구 세종대로 1
                k2,이서연,,,KR,ja,서울특별시 중구 세종대로 110
                """);
        long japanese = Cohorts.of(db.dataSource(), """
                person_id,name,email,phone,jurisdiction,language,postal_address
                j1,やまだ たろう,,,JP,ja,東京都千代田区千代田1-1
                """);
        NoticeDispatcher dispatcher = dispatcher(new PostalBatches(mailhouse, List.of()));

        long koRun = run(korean, "KR-PIPA/individual-notice@v1");
        dispatcher.start(koRun);
        await().atMost(Duration.ofSeconds(30)).until(() -> store.findRun(koRun).status() == RunStatus.COMPLETED);
        long jaRun = run(japanese, "JP-APPI/individual-notice@v2");
        dispatcher.start(jaRun);
        await().atMost(Duration.ofSeconds(30)).until(() -> store.findRun(jaRun).status() == RunStatus.COMPLETED);

        // k2 reads Japanese, which the Korean version was not drafted in: the version's first language
        assertThat(pdfText(koRun)).doesNotContain("#").contains("개인정보").contains("김민준 님께")
                .contains("이서연 님께").contains("불편을 끼쳐 드려 진심으로 사과드립니다.");
        assertThat(pdfText(jaRun)).doesNotContain("#").contains("やまだ たろう 様").contains("お知らせ")
                .contains("ください");
    }

    @Test
    void aLetterWithoutAPrintVersionPrintsItsEmailHtmlWithTheSameFonts() throws Exception {
        long cohort = Cohorts.of(db.dataSource(), """
                person_id,name,email,phone,jurisdiction,language,postal_address
                k1,김민준,,,KR,ko,서울특별시 종로구 세종대로 1
                """);
        version(1, "generic/notice", List.of("ko", "en", "ja"), Map.of());
        long runId = run(cohort, PlaceholderLetter.TEMPLATE);

        dispatcher(new PostalBatches(mailhouse, List.of())).start(runId);
        await().atMost(Duration.ofSeconds(30)).until(() -> store.findRun(runId).status() == RunStatus.COMPLETED);

        assertThat(pdfText(runId)).doesNotContain("#").contains("김민준 님께").contains("개인정보가 유출되었음을");
    }

    @Test
    void refusesToStartARunWhosePostalLettersHaveCharactersNoFontHasAndNamesThemAndTheLanguage() {
        Map<String, String> fields = new HashMap<>(LetterFixtures.fields("ko"));
        fields.put("whatHappened", "산탈리어 안내문(" + OL_CHIKI + ")을 함께 보내드립니다.");
        version(3, "KR-PIPA/individual-notice", List.of("ko", "en"), fields);
        long cohort = Cohorts.of(db.dataSource(), """
                person_id,name,email,phone,jurisdiction,language,postal_address
                mail,Mail,mail@example.com,,KR,ko,서울
                post,Post,,,KR,ko,서울특별시 종로구 세종대로 1
                """);
        long runId = run(cohort, "KR-PIPA/individual-notice@v3");
        NoticeDispatcher dispatcher = dispatcher(new PostalBatches(mailhouse, List.of()));

        assertThatThrownBy(() -> dispatcher.start(runId))
                .isInstanceOf(UnprintableLetterException.class).isInstanceOf(IllegalStateException.class)
                .hasMessage("Expected the postal channel to print every character of letter "
                        + "KR-PIPA/individual-notice@v3 in ko, but no print font has U+1C5A 'ᱚ' (Ol Chiki), "
                        + "U+1C5E 'ᱞ' (Ol Chiki), U+1C6A 'ᱪ' (Ol Chiki), U+1C64 'ᱤ' (Ol Chiki), U+1C60 'ᱠ' (Ol Chiki); "
                        + "add a TrueType font that has them to breachflow.notices.post.fonts")
                .satisfies(e -> {
                    UnprintableLetterException refused = (UnprintableLetterException) e;
                    assertThat(refused.language()).isEqualTo("ko");
                    assertThat(refused.codePoints()).startsWith(0x1C5A);
                });
        assertThat(store.findRun(runId).status()).isEqualTo(RunStatus.CREATING);
        assertThat(db.jdbc.queryForObject("SELECT count(*) FROM notice_ledger WHERE run_id = ?", Long.class, runId))
                .as("nothing started, nobody emailed").isZero();
        assertThat(mailhouse).isEmptyDirectory();
    }

    @Test
    void theSameLetterStartsWhenNobodyOfTheCohortIsReachedByPostOrPostIsOff() {
        Map<String, String> fields = new HashMap<>(LetterFixtures.fields("ko"));
        fields.put("whatHappened", "산탈리어 안내문(" + OL_CHIKI + ")을 함께 보내드립니다.");
        version(4, "KR-PIPA/individual-notice", List.of("ko"), fields);
        long byMail = Cohorts.of(db.dataSource(), """
                person_id,name,email,phone,jurisdiction,language,postal_address
                mail,Mail,mail@example.com,,KR,ko,서울
                """);
        long byPost = Cohorts.of(db.dataSource(), """
                person_id,name,email,phone,jurisdiction,language,postal_address
                post,Post,,,KR,ko,서울
                """);

        NoticeDispatcher withPost = dispatcher(new PostalBatches(mailhouse, List.of()));
        withPost.checkPrintable(byMail, "KR-PIPA/individual-notice@v4");
        NoticeDispatcher withoutPost = dispatcher(null);
        withoutPost.checkPrintable(byPost, "KR-PIPA/individual-notice@v4");
        assertThatThrownBy(() -> withPost.checkPrintable(byPost, "KR-PIPA/individual-notice@v4"))
                .isInstanceOf(UnprintableLetterException.class);
    }

    @Test
    void aRunThatCanNoLongerBePrintedWhenTheProcessRestartsIsPausedNotResumedAndTheOthersResume() {
        Map<String, String> fields = new HashMap<>(LetterFixtures.fields("ko"));
        fields.put("whatHappened", OL_CHIKI);
        version(5, "KR-PIPA/individual-notice", List.of("ko"), fields);
        version(6, "KR-PIPA/individual-notice", List.of("ko"), LetterFixtures.fields("ko"));
        long cohort = Cohorts.of(db.dataSource(), """
                person_id,name,email,phone,jurisdiction,language,postal_address
                post,Post,,,KR,ko,서울
                """);
        long unprintable = run(cohort, "KR-PIPA/individual-notice@v5");
        long printable = run(cohort, "KR-PIPA/individual-notice@v6");
        NoticeDispatcher.sql(() -> {
            store.setStatus(unprintable, RunStatus.RUNNING);
            return null;
        });

        dispatcher(new PostalBatches(mailhouse, List.of())).resumeInterrupted();

        assertThat(store.findRun(unprintable).status()).isEqualTo(RunStatus.PAUSED);
        await().atMost(Duration.ofSeconds(30)).until(() -> store.findRun(printable).status() == RunStatus.COMPLETED);
    }

    @Test
    void aLetterWhoseNameNoFontCanPrintFailsAloneAndIsNeverPrintedWithHashes() throws Exception {
        version(7, "KR-PIPA/individual-notice", List.of("ko"), LetterFixtures.fields("ko"));
        long cohort = Cohorts.of(db.dataSource(), """
                person_id,name,email,phone,jurisdiction,language,postal_address
                santali,ᱥᱟᱱᱛᱟᱲᱤ,,,KR,ko,서울
                korean,김민준,,,KR,ko,부산
                """);
        long runId = run(cohort, "KR-PIPA/individual-notice@v7");

        dispatcher(new PostalBatches(mailhouse, List.of())).start(runId);
        await().atMost(Duration.ofSeconds(30)).until(() -> store.findRun(runId).status() == RunStatus.COMPLETED);

        assertThat(db.jdbc.queryForList("SELECT r.person_id || ':' || l.status FROM notice_ledger l JOIN "
                + "notice_recipient r ON r.id = l.recipient_id WHERE l.run_id = ? ORDER BY r.line_no", String.class, runId))
                .containsExactly("santali:FAILED", "korean:SENT");
        assertThat(pdfText(runId)).doesNotContain("#").contains("김민준 님께");
    }

    private void version(long id, String template, List<String> languages, Map<String, String> fields) {
        versions.put(id, new LetterVersionSource.Content(template, languages, fields, true, "APPROVED"));
        letters.useVersions(versionId -> Optional.ofNullable(versions.get(versionId)));
    }

    private long run(long cohortId, String template) {
        return store.newRun(cohortId, new ApprovedLetter(template, "v", "not-checked-here"), new NoticeWave(0, 1),
                System.currentTimeMillis());
    }

    private NoticeDispatcher dispatcher(PostalBatches post) {
        DispatchSettings settings = new DispatchSettings("notices@breachflow.invalid", 500, 50, 3,
                Duration.ofMillis(10), 1_000, 10);
        return new NoticeDispatcher(store, letters, new DispatchChannels(new TestGateways.Recording(), null, post, null),
                settings, Clock.systemUTC(), RunListener.NONE);
    }

    private String pdfText(long runId) throws IOException {
        StringBuilder text = new StringBuilder();
        try (var pdfs = Files.newDirectoryStream(mailhouse, "run-" + runId + "-batch-*.pdf")) {
            for (Path pdf : pdfs) {
                try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setSortByPosition(true);
                    text.append(stripper.getText(document));
                }
            }
        }
        assertThat(text).as("a postal batch of run %s", runId).isNotEmpty();
        return text.toString();
    }
}
