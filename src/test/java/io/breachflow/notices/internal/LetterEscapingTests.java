package io.breachflow.notices.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A recipient's name cannot change a letter or its mail headers; runs render only approved versions. */
class LetterEscapingTests {

    private static final String HOSTILE = "<b onclick=\"x()\">Kim</b>\r\nBcc: victim@example.com\r\n\r\n<script>";
    private static final Map<String, String> FIELDS = Map.of("organisation", "Breachflow Ltd.",
            "whatHappened", "A key leaked.", "when", "18 Nov 2025", "dataCategories", "names",
            "measuresTaken", "We revoked it.", "whatYouCanDo", "Be careful.", "contactPoint", "help@example.com",
            "lawEnforcementDelay", "No");

    private final LetterRenderer renderer = PlaceholderLetter.renderer();

    @Test
    void escapesMarkupInTheNameAndKeepsItOnOneLine() {
        LetterParts parts = renderer.render("US-CA/individual-notice", "en", FIELDS, HOSTILE, "US-CA", "ref");

        assertThat(parts.html()).contains("&lt;b onclick=&quot;x()&quot;&gt;Kim&lt;/b&gt;")
                .doesNotContain("<b onclick").doesNotContain("<script>").doesNotContain("\r");
        assertThat(parts.printHtml()).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(parts.text()).contains("Dear <b onclick=\"x()\">Kim</b> Bcc: victim@example.com <script>,");
    }

    @Test
    void aNameWithLineBreaksCannotAddMailHeaders() {
        useApproved(7, true);
        ClaimedLetter person = new ClaimedLetter(1, 1, HOSTILE, "kim@example.com", "US-CA", "en");

        OutgoingLetter letter = renderer.render("US-CA/individual-notice@v7", person, "<run-1-p-1@breachflow>",
                "notices@example.com");
        String mime = new String(MimeLetters.toBytes(letter), StandardCharsets.US_ASCII);
        String headers = mime.substring(0, mime.indexOf("\r\n\r\n"));

        assertThat(headers.lines().filter(l -> l.regionMatches(true, 0, "Bcc:", 0, 4))).isEmpty();
        assertThat(headers.lines().filter(l -> l.startsWith("To:"))).singleElement()
                .satisfies(to -> assertThat(to).endsWith("<kim@example.com>"));
        assertThat(letter.subject()).isEqualTo("Notice of Data Breach from Breachflow Ltd.");
        assertThat(letter.text()).contains("A key leaked.").contains("We revoked it.");
    }

    @Test
    void aPostalLetterIsTheApprovedVersionsPrintLayoutWithTheNameEscaped() {
        useApproved(10, true);
        ClaimedLetter person = new ClaimedLetter(4, 1, io.breachflow.notices.Channel.POST, HOSTILE, null, null,
                "1 Main St", "US-CA", "en");

        String print = renderer.renderPrint("US-CA/individual-notice@v10", person, "<run-1-p-4@breachflow>");

        assertThat(print).isEqualTo(renderer.render("US-CA/individual-notice", "en", FIELDS, HOSTILE, "US-CA",
                "<run-1-p-4@breachflow>").printHtml());
        assertThat(print).contains("@page").contains("A key leaked.").doesNotContain("<script>");
        // a letter without a print version is printed from its email HTML
        assertThat(renderer.renderPrint(PlaceholderLetter.TEMPLATE, person, "<r@x>"))
                .isEqualTo(renderer.render(PlaceholderLetter.TEMPLATE, person, "<r@x>", "n@example.com").html());
    }

    @Test
    void rendersAnApprovedVersionWithItsFieldsInTheRecipientsLanguageOrTheFirstDrafted() {
        useApproved(8, true);

        OutgoingLetter japanese = renderer.render("US-CA/individual-notice@v8",
                new ClaimedLetter(2, 1, "Sato", "sato@example.com", "US-CA", "ja"), "<m@x>", "n@example.com");

        assertThat(japanese.subject()).isEqualTo("Notice of Data Breach from Breachflow Ltd.");
        assertThat(renderer.contentHash("US-CA/individual-notice@v8"))
                .isEqualTo(renderer.contentHash("US-CA/individual-notice", List.of("en"), FIELDS));
    }

    @Test
    void refusesToHashOrRenderAVersionThatIsNotApproved() {
        useApproved(9, false);

        assertThatThrownBy(() -> renderer.contentHash("US-CA/individual-notice@v9"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Expected letter version 9 to be APPROVED, but it is PENDING_APPROVAL");
        assertThatThrownBy(() -> renderer.render("US-CA/individual-notice@v9",
                new ClaimedLetter(3, 1, "Lee", "lee@example.com", "US-CA", "en"), "<m@x>", "n@example.com"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theHashChangesWithAnyField() {
        String hash = renderer.contentHash("US-CA/individual-notice", List.of("en"), FIELDS);
        Map<String, String> changed = new java.util.HashMap<>(FIELDS);
        changed.put("whatYouCanDo", "Be very careful.");

        assertThat(renderer.contentHash("US-CA/individual-notice", List.of("en"), changed)).isNotEqualTo(hash);
    }

    @Test
    void aPreparedLetterIsExactlyWhatAFullRenderingGivesWhateverTheName() {
        useApproved(10, true);
        java.util.Arrays.asList(HOSTILE, "Sam O'Neil & \"Co\"", "", null, "\uE000name\uE000", "김민준").forEach(name -> {
            ClaimedLetter person = new ClaimedLetter(4, 1, name, "p@example.com", "US-CA", "en");
            String cleanName = LetterRenderer.clean(name);

            OutgoingLetter sent = renderer.render("US-CA/individual-notice@v10", person, "<run-9-p-4@breachflow>", "n@x");
            LetterParts full = renderer.render("US-CA/individual-notice", "en", FIELDS, cleanName, "US-CA",
                    "<run-9-p-4@breachflow>");

            assertThat(sent.subject()).isEqualTo(full.subject());
            assertThat(sent.text()).isEqualTo(full.text());
            assertThat(sent.html()).isEqualTo(full.html());
        });
        assertThat(renderer.isPrepared("US-CA/individual-notice@v10", "en", "US-CA", true)).isTrue();
        assertThat(renderer.isPrepared("US-CA/individual-notice@v10", "en", "US-CA", false)).isTrue();
    }

    @Test
    void namesThymeleafReadsAsFalseAreRenderedInFullByThePlaceholderLetter() {
        for (String name : new String[] {"No", "false", "", "Kim"}) {
            ClaimedLetter person = new ClaimedLetter(5, 1, name, "p@example.com", "KR", "en");

            OutgoingLetter sent = renderer.render(PlaceholderLetter.TEMPLATE, person, "<r@x>", "n@x");
            LetterParts full = renderer.renderMail("generic/notice_en", Map.of(), name, "KR", "<r@x>");

            assertThat(sent.text()).isEqualTo(full.text());
            assertThat(sent.html()).isEqualTo(full.html());
        }
    }

    private void useApproved(long id, boolean approved) {
        renderer.useVersions(versionId -> versionId == id
                ? Optional.of(new LetterVersionSource.Content("US-CA/individual-notice", List.of("en"), FIELDS, approved,
                        approved ? "APPROVED" : "PENDING_APPROVAL"))
                : versionId == 1 ? Optional.of(PlaceholderLetter.VERSION) : Optional.empty());
    }
}
