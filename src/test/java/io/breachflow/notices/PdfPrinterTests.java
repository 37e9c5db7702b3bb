package io.breachflow.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breachflow.notices.internal.LetterParts;
import io.breachflow.notices.internal.LetterRenderer;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The print versions become PDFs with the text in them, Korean and Japanese included (embedded font). */
class PdfPrinterTests {

    private static final LetterRenderer RENDERER = new LetterRenderer(Path.of("templates/letters"));

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            "KR-PIPA/individual-notice, ko, 개인정보 유출 통지",
            "JP-APPI/individual-notice, ja, 個人情報の漏えい等に関するお知らせ",
            "US-CA/individual-notice, en, Notice of Data Breach",
            "EU-GDPR/individual-notice, ko, 개인정보 침해 안내"})
    void printsTheLetterWithItsTextAndTheNameInAnEmbeddedFont(String template, String language, String title)
            throws IOException {
        LetterParts parts = RENDERER.render(template, language, LetterFixtures.fields(language),
                LetterFixtures.name(language), "KR", "ref-1");

        byte[] pdf = PdfPrinter.print(parts.printHtml());
        if (Boolean.getBoolean("pdf.keep")) {
            java.nio.file.Files.write(Path.of("target", template.replace('/', '_') + "_" + language + ".pdf"), pdf);
        }

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String raw = stripper.getText(document);
            assertThat(raw).as("spaces are spaces in the text layer").doesNotContain("\u0000")
                    .contains(LetterFixtures.fields(language).get("organisation"));
            String text = squeeze(raw);
            assertThat(text).contains(squeeze(title)).contains(squeeze(LetterFixtures.name(language)))
                    .contains(squeeze(LetterFixtures.fields(language).get("dataCategories")));
            var resources = document.getPage(0).getResources();
            for (var fontName : resources.getFontNames()) {
                PDFont font = resources.getFont(fontName);
                assertThat(font.getName()).containsAnyOf("BreachflowHangulGothic", "DroidSansFallback");
                assertThat(font.isEmbedded()).isTrue();
            }
        }
    }

    /** Without white space, since line wrapping in the PDF adds breaks inside words. */
    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void refusesADocumentThatIsNotWellFormed() {
        assertThatThrownBy(() -> PdfPrinter.print("<html><body><p>unclosed</body>"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Expected a well-formed print document");
    }
}
