package io.breachflow.notices;

import static org.assertj.core.api.Assertions.assertThat;

import io.breachflow.notices.internal.LetterContentRules;
import io.breachflow.notices.internal.LetterParts;
import io.breachflow.notices.internal.LetterRenderer;
import io.breachflow.regimes.ObligationKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every letter template × language under templates/letters, rendered from fixtures and compared. */
class LetterTemplatesGoldenTests {

    private static final Path LETTERS = Path.of("templates/letters");
    private static final Pattern PRINT = Pattern.compile("(.+)_([a-z]{2})\\.print\\.html");
    private static final LetterRenderer RENDERER = new LetterRenderer(LETTERS);

    static Stream<String[]> letters() throws IOException {
        try (Stream<Path> files = Files.walk(LETTERS)) {
            return files.map(p -> LETTERS.relativize(p).toString().replace('\\', '/'))
                    .map(PRINT::matcher).filter(Matcher::matches)
                    .map(m -> new String[] {m.group(1), m.group(2)}).sorted((a, b) -> (a[0] + a[1]).compareTo(b[0] + b[1]))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("letters")
    void rendersAsTheGoldenFiles(String template, String language) {
        LetterParts parts = RENDERER.render(template, language, LetterFixtures.fields(language),
                LetterFixtures.name(language), "KR", "<run-1-p-1@breachflow>");

        String base = "letters/" + template + "_" + language;
        Golden.assertMatches(base + ".subject.txt", parts.subject() + "\n");
        Golden.assertMatches(base + ".txt", parts.text());
        Golden.assertMatches(base + ".html", parts.html());
        Golden.assertMatches(base + ".print.html", parts.printHtml());
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("letters")
    void showsEveryItemItsRegimeRequiresInEveryPart(String template, String language) {
        String regime = template.substring(0, template.indexOf('/'));
        ObligationKind kind = ObligationKind.valueOf(template.substring(template.indexOf('/') + 1)
                .toUpperCase(Locale.ROOT).replace('-', '_'));
        Map<String, String> fields = LetterFixtures.fields(language);
        LetterParts parts = RENDERER.render(template, language, fields, LetterFixtures.name(language), "KR", "ref-1");

        assertThat(LetterContentRules.forNotice(regime, kind)).allSatisfy(item -> {
            String value = fields.get(item.field()).lines().findFirst().orElseThrow();
            assertThat(parts.text()).as("text part shows %s", item.field()).contains(value);
            assertThat(parts.html()).as("HTML part shows %s", item.field()).contains(value);
            assertThat(parts.printHtml()).as("print version shows %s", item.field()).contains(value);
        });
    }

    @ParameterizedTest(name = "{0} {1} in {2}")
    @org.junit.jupiter.params.provider.CsvSource({"KR-PIPA, PUBLIC_NOTICE, ko", "KR-PIPA, PUBLIC_NOTICE, en",
            "EU-GDPR, PUBLIC_NOTICE, en", "US-CA, PUBLIC_NOTICE, en", "JP-APPI, PUBLIC_NOTICE, ja",
            "US-NY, INDIVIDUAL_NOTICE, en", "SG-PDPA, INDIVIDUAL_NOTICE, en", "KR-PIPA, INDIVIDUAL_NOTICE, ja"})
    void aRegimeWithoutItsOwnLetterFallsBackToAGenericOneThatStillShowsEveryRequiredItem(String regime,
            ObligationKind kind, String language) {
        String file = kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        String template = RENDERER.hasLetter(regime + "/" + file, language) ? regime + "/" + file : "generic/" + file;
        Map<String, String> fields = LetterFixtures.fields(language);
        LetterParts parts = RENDERER.render(template, language, fields, null, null, "ref-1");

        assertThat(LetterContentRules.forNotice(regime, kind)).allSatisfy(item -> {
            String value = fields.get(item.field()).lines().findFirst().orElseThrow();
            assertThat(parts.text()).as("text part shows %s", item.field()).contains(value);
            assertThat(parts.printHtml()).as("print version shows %s", item.field()).contains(value);
        });
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("letters")
    void greetsWithoutANameWhenThePersonHasNone(String template, String language) {
        LetterParts parts = RENDERER.render(template, language, LetterFixtures.fields(language), null, null, "ref-1");

        assertThat(parts.html()).doesNotContain("null");
        assertThat(parts.text()).doesNotContain("null");
    }
}
