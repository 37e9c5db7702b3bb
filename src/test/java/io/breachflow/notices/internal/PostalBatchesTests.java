package io.breachflow.notices.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breachflow.notices.Golden;
import io.breachflow.notices.LetterFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostalBatchesTests {

    private static final LetterRenderer LETTERS = new LetterRenderer(Path.of("templates/letters"));
    private static final boolean KEEP = Boolean.getBoolean("pdf.keep");
    private static final Path SHIPPED_DROID = Path.of("src/main/resources/fonts/droid/DroidSansFallbackFull.ttf");

    @TempDir
    Path mailhouse;

    @Test
    void writesOnePdfWithEachLetterOnItsOwnPagesAndAManifestForTheMailHouse() throws Exception {
        PostalBatches post = new PostalBatches(mailhouse, List.of());
        String file = post.write(7, List.of(
                new PostalLetter(11, "<run-7-p-11@breachflow>", "Ann <b>Lee</b>", "1 Main St, Sacramento, CA", html("Ann")),
                new PostalLetter(12, "<run-7-p-12@breachflow>", null, "2 Main St, Sacramento, CA", html("Bob"))));

        assertThat(file).isEqualTo("run-7-batch-11.pdf");
        try (PDDocument pdf = Loader.loadPDF(mailhouse.resolve(file).toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Dear Ann").contains("Dear Bob");
        }
        assertThat(Files.readAllLines(mailhouse.resolve("run-7-batch-11.csv"))).containsExactly(
                "first_page,pages,reference,ledger_id,name,postal_address",
                "1,1,<run-7-p-11@breachflow>,11,Ann <b>Lee</b>,\"1 Main St, Sacramento, CA\"",
                "2,1,<run-7-p-12@breachflow>,12,,\"2 Main St, Sacramento, CA\"");
        assertThat(post.handedOver(7, Set.of(12L, 13L))).isEqualTo(Set.of(12L));
    }

    @Test
    void aPdfLeftWithoutItsManifestByACrashIsNotHandedOverAndIsRemoved() throws Exception {
        PostalBatches post = new PostalBatches(mailhouse, List.of());
        post.write(8, List.of(new PostalLetter(21, "<run-8-p-21@breachflow>", "C", "3 Main St", html("C"))));
        Files.delete(mailhouse.resolve("run-8-batch-21.csv"));

        assertThat(post.handedOver(8, Set.of(21L))).isEmpty();
        assertThat(mailhouse.resolve("run-8-batch-21.pdf")).doesNotExist();
    }

    /** Issue 13: every Hangul character printed as '#' (Helvetica). Now the fonts of the approval PDFs. */
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            "KR-PIPA/individual-notice, ko, 개인정보 유출 통지, 개인정보",
            "JP-APPI/individual-notice, ja, 個人情報の漏えい等に関するお知らせ, お知らせ"})
    void printsKoreanAndJapaneseLettersWithTheirHangulAndKanaIntactInEmbeddedFonts(String template,
            String language, String title, String word) throws Exception {
        PostalBatches post = new PostalBatches(mailhouse, List.of());
        String html = printHtml(template, language);
        assertThat(post.unprintable(html)).isEmpty();

        String file = post.write(3, List.of(new PostalLetter(31, "<run-3-p-31@breachflow>",
                LetterFixtures.name(language), "서울특별시 종로구 세종대로 1", html)));
        keep(file, "postal_" + language + ".pdf");

        try (PDDocument pdf = Loader.loadPDF(mailhouse.resolve(file).toFile())) {
            String text = text(pdf);
            assertThat(text).doesNotContain("#").contains(word);
            assertThat(squeeze(text)).contains(squeeze(title)).contains(LetterFixtures.name(language))
                    .contains(squeeze(LetterFixtures.fields(language).get("dataCategories")))
                    .contains(squeeze(LetterFixtures.fields(language).get("whatYouCanDo")));
            assertThat(fontsOf(pdf)).isNotEmpty().allSatisfy(font -> {
                assertThat(font.getName()).containsAnyOf("BreachflowHangulGothic", "DroidSansFallback");
                assertThat(font.isEmbedded()).isTrue();
            });
        }
    }

    @Test
    void kanaSurviveInTheTextLayer() throws Exception {
        PostalBatches post = new PostalBatches(mailhouse, List.of());
        String file = post.write(4, List.of(new PostalLetter(41, "<run-4-p-41@breachflow>", "やまだ タロウ",
                "東京都千代田区1-1", printHtml("JP-APPI/individual-notice", "ja", "やまだ タロウ"))));

        try (PDDocument pdf = Loader.loadPDF(mailhouse.resolve(file).toFile())) {
            assertThat(text(pdf)).contains("やまだ タロウ").contains("ください");
        }
    }

    /** Golden: the Korean postal letter's text layer, and every sentence of the letter in it. */
    @Test
    void theKoreanPostalLetterShowsEverySentenceOfTheLetter() throws Exception {
        PostalBatches post = new PostalBatches(mailhouse, List.of());
        String html = printHtml("KR-PIPA/individual-notice", "ko");
        String file = post.write(5, List.of(new PostalLetter(51, "<run-5-p-51@breachflow>",
                LetterFixtures.name("ko"), "서울특별시 종로구 세종대로 1", html)));

        String text;
        try (PDDocument pdf = Loader.loadPDF(mailhouse.resolve(file).toFile())) {
            text = text(pdf);
        }
        Golden.assertMatches("postal/KR-PIPA/individual-notice_ko.pdf.txt", text);
        List<String> sentences = new ArrayList<>();
        for (Element block : Jsoup.parse(html).body().select("h1, h2, p")) {
            sentences.add(block.text());
        }
        assertThat(sentences).hasSizeGreaterThan(10).contains("불편을 끼쳐 드려 진심으로 사과드립니다.")
                .allSatisfy(sentence -> assertThat(squeeze(text)).contains(squeeze(sentence)));
    }

    @Test
    void aBatchEmbedsOneSubsetOfEachFontHoweverManyLettersItHolds() throws Exception {
        PostalBatches post = new PostalBatches(mailhouse, List.of());
        List<PostalLetter> letters = new ArrayList<>();
        for (long id = 61; id <= 63; id++) {
            letters.add(new PostalLetter(id, "<run-6-p-" + id + "@breachflow>", "김민준", "서울", printHtml(
                    "KR-PIPA/individual-notice", "ko")));
        }
        String file = post.write(6, letters);

        try (PDDocument pdf = Loader.loadPDF(mailhouse.resolve(file).toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            Set<String> names = new LinkedHashSet<>();
            fontsOf(pdf).forEach(font -> names.add(font.getName()));
            assertThat(names).as("one subset (one tag) of the Hangul font across the batch")
                    .filteredOn(name -> name.contains("BreachflowHangulGothic")).hasSize(1);
        }
    }

    @Test
    void refusesToPrintALetterWithACharacterNoFontHasInsteadOfPrintingHashes() {
        PostalBatches post = new PostalBatches(mailhouse, List.of());
        // Ol Chiki (Santali) is in none of the shipped fonts nor in the PDF standard fonts
        String html = html("ᱚᱞ ᱪᱤᱠᱤ 김민준 Jörg");

        assertThat(post.unprintable(html)).containsExactly(0x1C5A, 0x1C5E, 0x1C6A, 0x1C64, 0x1C60);
        assertThatThrownBy(() -> post.write(9, List.of(new PostalLetter(91, "<run-9-p-91@breachflow>", "x", "y",
                html)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Expected every postal letter of run 9 to be printable, but the letter of ledger row 91 "
                        + "has characters no print font has");
        assertThat(mailhouse).isEmptyDirectory();
    }

    @Test
    void latinLettersOutsideTheFontsAndLatin1AreUnprintableToo() {
        PrintFonts fonts = PrintFonts.shipped();

        assertThat(fonts.unprintable("Müller Östberg Ångström café naïve – “quoted” € 개인정보 かな 漢字")).isEmpty();
        assertThat(fonts.unprintable("Łukasz Dvořák Erdős")).containsExactly((int) 'ř', (int) 'ő');
    }

    @Test
    void configuredFontsComeInFrontOfTheShippedOnesWhichStillPrintWhatTheyLack() throws Exception {
        PostalBatches post = new PostalBatches(mailhouse, List.of(SHIPPED_DROID));
        PrintFonts fonts = PrintFonts.withConfigured(List.of(SHIPPED_DROID));

        assertThat(fonts.families()).containsExactly("Breachflow Post Font 1", PrintFonts.KOREAN, PrintFonts.JAPANESE);
        assertThat(fonts.frontRule("ko")).contains("body { font-family: 'Breachflow Post Font 1', "
                + "'Breachflow Hangul Gothic', 'Droid Sans Fallback', sans-serif !important; }");
        assertThat(fonts.frontRule("ja")).contains("body { font-family: 'Breachflow Post Font 1', "
                + "'Droid Sans Fallback', 'Breachflow Hangul Gothic', sans-serif !important; }");
        assertThat(PrintFonts.shipped().frontRule("ko")).isEmpty();

        String html = printHtml("KR-PIPA/individual-notice", "ko");
        String shipped = new PostalBatches(mailhouse.resolve("shipped"), List.of()).write(10, List.of(
                new PostalLetter(101, "<run-10-p-101@breachflow>", "김민준", "서울", html)));
        String configured = post.write(10, List.of(new PostalLetter(101, "<run-10-p-101@breachflow>", "김민준", "서울",
                html)));
        keep(configured, "postal_ko_configured.pdf");

        try (PDDocument pdf = Loader.loadPDF(mailhouse.resolve("shipped").resolve(shipped).toFile())) {
            assertThat(fontsOf(pdf)).extracting(PDFont::getName).allMatch(name -> name.contains("BreachflowHangulGothic"));
        }
        try (PDDocument pdf = Loader.loadPDF(mailhouse.resolve(configured).toFile())) {
            assertThat(text(pdf)).doesNotContain("#").contains("개인정보").contains("김민준");
            // what the configured font has (CJK punctuation, a few syllables) is taken from it; the rest from the
            // shipped Hangul font
            assertThat(fontsOf(pdf)).extracting(PDFont::getName).anyMatch(name -> name.contains("DroidSansFallback"))
                    .anyMatch(name -> name.contains("BreachflowHangulGothic"));
        }
    }

    @Test
    void aConfiguredFileThatIsNotAnEmbeddableFontStopsThePostalChannelNamingIt() throws IOException {
        Path notAFont = Files.writeString(mailhouse.resolve("NotoSansCJK.ttf"), "not a font");
        Path missing = mailhouse.resolve("missing.ttf");

        assertThatThrownBy(() -> new PostalBatches(mailhouse, List.of(notAFont)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Expected breachflow.notices.post.fonts to list TrueType fonts (.ttf or .otf with "
                        + "glyf outlines, or a .ttc of them), but " + notAFont + " cannot be used: PDFBox cannot embed it");
        assertThatThrownBy(() -> new PostalBatches(mailhouse, List.of(missing)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(missing + " cannot be used: it cannot be read");
    }

    /** With -Dpdf.keep=true, a copy in target/ to look at (pdftoppm -png -r 80 target/postal_ko.pdf target/ko). */
    private void keep(String file, String as) throws IOException {
        if (KEEP) {
            Files.copy(mailhouse.resolve(file), Path.of("target", as), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String printHtml(String template, String language) {
        return printHtml(template, language, LetterFixtures.name(language));
    }

    private static String printHtml(String template, String language, String name) {
        return LETTERS.render(template, language, LetterFixtures.fields(language), name, "KR",
                "<run-1-p-1@breachflow>").printHtml();
    }

    private static String text(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setLineSeparator("\n");
        return stripper.getText(pdf);
    }

    /** Without white space, since line wrapping in the PDF adds breaks inside words. */
    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static List<PDFont> fontsOf(PDDocument pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    private static String html(String name) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>Notice</title></head>"
                + "<body><p>Dear " + name + ",</p><p>We are writing to tell you about a breach.</p></body></html>";
    }
}
