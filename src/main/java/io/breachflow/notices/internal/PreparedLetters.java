package io.breachflow.notices.internal;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.unbescape.html.HtmlEscape;

/**
 * Renders a run's letter once per language, jurisdiction and "has a name or not", with marker strings
 * where the name and the reference go, and fills the markers in per person: the letter is the same for
 * everyone but these two values, and a full Thymeleaf pass per person costs several times more.
 *
 * <p>Safe only where a template prints the name and reference as they are ({@code th:text} /
 * {@code [(…)]}), which is how letters are written; each prepared letter is therefore checked once
 * against a full rendering for a probe name full of markup characters, and a template that does
 * anything else with them (changes case, abbreviates, compares) is always rendered in full.
 */
final class PreparedLetters {

    static final String NAME = "\uE000name\uE000";
    static final String REFERENCE = "\uE000reference\uE000";
    private static final String PROBE_NAME = "Probe <b>&amp;\"'</b> 테스트";
    private static final java.util.Set<String> FALSY = java.util.Set.of("false", "off", "no", "");
    private static final String PROBE_REFERENCE = "<probe-1@breachflow>";

    /** Renders the mail parts fully: base, fields, name, jurisdiction, reference. */
    interface FullRenderer {
        LetterParts render(String base, Map<String, String> fields, String name, String jurisdiction, String reference);
    }

    private record Key(String letter, String language, String jurisdiction, boolean named) {
    }

    private final Map<Key, Optional<LetterParts>> prepared = new ConcurrentHashMap<>();
    private final FullRenderer full;

    PreparedLetters(FullRenderer full) {
        this.full = full;
    }

    /**
     * The letter for one person.
     *
     * @param letter identifies the content (the run's letter name, which includes the version id)
     * @param base the template file prefix, e.g. {@code KR-PIPA/individual-notice_ko}
     */
    LetterParts render(String letter, String base, String language, Map<String, String> fields, String name,
            String jurisdiction, String reference) {
        if (name != null && FALSY.contains(name.toLowerCase(java.util.Locale.ROOT))) {
            // Thymeleaf reads these strings as false in th:if="${name}": render such a name in full
            return full.render(base, fields, name, jurisdiction, reference);
        }
        Key key = new Key(letter, language, jurisdiction, name != null);
        Optional<LetterParts> template = prepared.computeIfAbsent(key, k -> prepare(base, fields, k));
        return template.map(t -> fill(t, name, reference))
                .orElseGet(() -> full.render(base, fields, name, jurisdiction, reference));
    }

    /** Whether the letter renders from a prepared template (for tests). */
    boolean isPrepared(String letter, String language, String jurisdiction, boolean named) {
        return prepared.getOrDefault(new Key(letter, language, jurisdiction, named), Optional.empty()).isPresent();
    }

    private Optional<LetterParts> prepare(String base, Map<String, String> fields, Key key) {
        LetterParts template = full.render(base, fields, key.named() ? NAME : null, key.jurisdiction(), REFERENCE);
        String probeName = key.named() ? PROBE_NAME : null;
        LetterParts expected = full.render(base, fields, probeName, key.jurisdiction(), PROBE_REFERENCE);
        LetterParts filled = fill(template, probeName, PROBE_REFERENCE);
        boolean same = Objects.equals(expected.subject(), filled.subject()) && Objects.equals(expected.text(), filled.text())
                && Objects.equals(expected.html(), filled.html());
        return same ? Optional.of(template) : Optional.empty();
    }

    private static LetterParts fill(LetterParts template, String name, String reference) {
        String plainName = name == null ? "" : name;
        String htmlName = HtmlEscape.escapeHtml4Xml(plainName);
        return new LetterParts(
                template.subject().replace(REFERENCE, reference).replace(NAME, plainName),
                template.text().replace(REFERENCE, reference).replace(NAME, plainName),
                template.html().replace(REFERENCE, HtmlEscape.escapeHtml4Xml(reference)).replace(NAME, htmlName),
                null);
    }
}
