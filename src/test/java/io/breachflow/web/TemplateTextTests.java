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
 * Fails on hard-coded UI text in templates: every word a person reads must come from a message key
 * ({@code th:text="#{...}"} and friends). Text made only of symbols, digits and punctuation passes.
 */
class TemplateTextTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private static final Pattern IGNORED_BLOCKS = Pattern.compile(
            "<!--.*?-->|<script\\b.*?</script>|<style\\b.*?</style>|<!DOCTYPE[^>]*>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern TEXT_NODE = Pattern.compile(">([^<]+)<");
    private static final Pattern TEXT_ATTRIBUTE = Pattern.compile(
            "\\s(title|alt|placeholder|aria-label|value)\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    @Test
    void templatesContainNoHardCodedText() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path template : templates()) {
            offences.addAll(hardCodedText(template.toString(), Files.readString(template)));
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void detectsHardCodedTextNodesAndAttributes() {
        String template = "<p th:text=\"#{ok}\"></p><h1>Inbox</h1><input placeholder=\"Name\"><span>·</span>"
                + "<input th:placeholder=\"#{ok}\"><script>var text = 'ignored';</script>";

        assertThat(hardCodedText("sample.html", template))
                .containsExactly("sample.html: text \"Inbox\"", "sample.html: placeholder=\"Name\"");
    }

    private static List<String> hardCodedText(String name, String html) {
        String markup = IGNORED_BLOCKS.matcher(html).replaceAll("");
        List<String> offences = new ArrayList<>();
        Matcher text = TEXT_NODE.matcher(markup);
        while (text.find()) {
            String value = text.group(1).strip();
            if (LETTER.matcher(value).find()) {
                offences.add(name + ": text \"" + value + "\"");
            }
        }
        Matcher attribute = TEXT_ATTRIBUTE.matcher(markup);
        while (attribute.find()) {
            if (LETTER.matcher(attribute.group(2)).find()) {
                offences.add(name + ": " + attribute.group(1) + "=\"" + attribute.group(2) + "\"");
            }
        }
        return offences;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<Path> templates = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            assertThat(templates).isNotEmpty();
            return templates;
        }
    }
}
