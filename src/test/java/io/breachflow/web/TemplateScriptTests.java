package io.breachflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The content security policy allows scripts from {@code /js}, {@code /vendor} and {@code /webjars}
 * only, so a script written into a template would silently not run: this test names it instead.
 */
class TemplateScriptTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bth:src=|[^>]*\\bsrc=)[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_HANDLER = Pattern.compile("\\s(?:th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT_URL = Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTMX_EVAL = Pattern.compile("\\shx-on|hx-vals=\"js:|hx-vars=", Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateHasAnInlineScriptAnEventHandlerAttributeOrAScriptUrl() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file);
                for (Pattern forbidden : List.of(INLINE_SCRIPT, EVENT_HANDLER, SCRIPT_URL, HTMX_EVAL)) {
                    Matcher matcher = forbidden.matcher(html);
                    while (matcher.find()) {
                        found.add(TEMPLATES.relativize(file) + ": " + matcher.group().strip());
                    }
                }
            }
        }
        assertThat(found).as("inline script the content security policy would block").isEmpty();
    }

    @Test
    void theRuleSeesWhatItLooksFor() {
        assertThat(INLINE_SCRIPT.matcher("<script>alert(1)</script>").find()).isTrue();
        assertThat(INLINE_SCRIPT.matcher("<script th:src=\"@{/js/cases.js}\"></script>").find()).isFalse();
        assertThat(EVENT_HANDLER.matcher("<button onclick=\"go()\">").find()).isTrue();
        assertThat(EVENT_HANDLER.matcher("<button class=\"only\">").find()).isFalse();
    }
}
