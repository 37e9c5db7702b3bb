package io.breachflow.filings;

import static org.assertj.core.api.Assertions.assertThat;

import io.breachflow.filings.internal.ReportContentRules;
import io.breachflow.filings.internal.ReportTemplates;
import io.breachflow.notices.Golden;
import io.breachflow.notices.PdfPrinter;
import io.breachflow.regimes.ObligationKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every report template × language under templates/reports, first report and update, against golden files. */
class ReportTemplatesGoldenTests {

    private static final Path REPORTS = Path.of("templates/reports");
    private static final Pattern TEMPLATE = Pattern.compile("(.+)/authority-report_([a-z]{2})\\.html");
    private static final ReportTemplates TEMPLATES = new ReportTemplates(REPORTS);

    static Stream<String[]> reports() throws IOException {
        try (Stream<Path> files = Files.walk(REPORTS)) {
            return files.map(p -> REPORTS.relativize(p).toString().replace('\\', '/')).map(TEMPLATE::matcher)
                    .filter(Matcher::matches).map(m -> new String[] {m.group(1), m.group(2)}).sorted(
                            (a, b) -> (a[0] + a[1]).compareTo(b[0] + b[1])).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("reports")
    void rendersFirstReportsAndUpdatesAsTheGoldenFiles(String regime, String language) {
        for (ObligationKind kind : new ObligationKind[] {ObligationKind.AUTHORITY_REPORT, ObligationKind.AUTHORITY_UPDATE}) {
            String html = render(regime, kind, language);
            String name = kind.name().toLowerCase().replace('_', '-');
            Golden.assertMatches("reports/" + regime + "/" + name + "_" + language + ".html", html);
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("reports")
    void showsEveryItemItsRegimeRequires(String regime, String language) {
        Map<String, String> fields = ReportFixtures.fields(language);
        String html = render(regime, ObligationKind.AUTHORITY_REPORT, language);

        assertThat(ReportContentRules.forReport(regime, ObligationKind.AUTHORITY_REPORT))
                .allSatisfy(item -> assertThat(html).as("shows %s", item.field()).contains(fields.get(item.field())));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"KR-PIPA, ko, 개인정보 유출 신고서", "KR-NETWORK-ACT, ko, 침해사고 신고서", "JP-APPI, ja, 個人データの漏えい等の報告（速報）",
            "EU-GDPR, en, Notification of a personal data breach", "US-SEC, en, Item 1.05 Material Cybersecurity Incidents",
            "US-TX, en, Texas Data Breach Report", "US-PR, en, Notice of a security breach to the Department of Consumer Affairs"})
    void printsToAPdfContainingTheReport(String regime, String language, String title) throws IOException {
        byte[] pdf = PdfPrinter.print(render(regime, ObligationKind.AUTHORITY_REPORT, language));
        if (Boolean.getBoolean("pdf.keep")) {
            Files.write(Path.of("target", "report-" + regime + "_" + language + ".pdf"), pdf);
        }

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isPositive();
            String text = squeeze(new PDFTextStripper().getText(document));
            assertThat(text).contains(squeeze(title)).contains(squeeze(ReportFixtures.fields(language).get("whatHappened")));
        }
    }

    private static String render(String regime, ObligationKind kind, String language) {
        String template = TEMPLATES.resolve(regime, kind, language);
        return TEMPLATES.render(template, ReportFixtures.fields(language), Map.of("kind", kind.name(),
                "recipient", "AUTHORITY", "regime", regime, "reference", "incident-1 / 1"));
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
