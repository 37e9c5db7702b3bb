package io.breachflow.notices;

import io.breachflow.notices.internal.LetterRenderer;
import io.breachflow.regimes.ObligationKind;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A letter request checked for shape: languages, field names (identifiers that cannot shadow the
 * personalisation variables), blank fields dropped, and the templates that cover every language.
 */
record DraftCheck(List<String> languages, Map<String, String> fields) {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern FIELD = Pattern.compile("[a-zA-Z][a-zA-Z0-9]{0,63}(_[a-z]{2})?");
    private static final Pattern REGIME = Pattern.compile("[A-Z]{2}(-[A-Z0-9]+)+");
    private static final Set<String> RESERVED = Set.of("name", "jurisdiction", "reference");
    private static final Set<ObligationKind> LETTER_KINDS = Set.of(ObligationKind.INDIVIDUAL_NOTICE,
            ObligationKind.PUBLIC_NOTICE, ObligationKind.CRA_NOTICE);

    static DraftCheck of(LetterDraftRequest request) {
        require(request.incidentId() != null && !request.incidentId().isBlank(), "an incident id", "none");
        require(request.regime() != null && REGIME.matcher(request.regime()).matches(),
                "a regime code such as KR-PIPA", String.valueOf(request.regime()));
        require(LETTER_KINDS.contains(request.kind()), "a letter kind " + LETTER_KINDS, String.valueOf(request.kind()));
        require(request.drafter() != null && !request.drafter().isBlank(), "the drafter's user name", "none");
        require(request.languages() != null && !request.languages().isEmpty(), "at least one language", "none");
        Set<String> languages = new LinkedHashSet<>(request.languages());
        languages.forEach(l -> require(l != null && LANGUAGE.matcher(l).matches(), "two-letter language codes", l));
        require(languages.size() == request.languages().size(), "distinct languages", request.languages().toString());
        Map<String, String> fields = new TreeMap<>();
        (request.fields() == null ? Map.<String, String>of() : request.fields()).forEach((key, value) -> {
            require(key != null && FIELD.matcher(key).matches() && !RESERVED.contains(key),
                    "field names that are identifiers other than " + RESERVED, String.valueOf(key));
            String language = LetterFields.languageOf(key);
            require(language == null || languages.contains(language),
                    "a language suffix among the letter's languages " + languages, String.valueOf(key));
            if (value != null && !value.isBlank()) {
                fields.put(key, value.strip());
            }
        });
        return new DraftCheck(List.copyOf(languages), Map.copyOf(fields));
    }

    /** The regime's own letter if it covers every language, else the generic one. */
    String template(LetterRenderer renderer, LetterDraftRequest request) {
        String kind = request.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        for (String candidate : List.of(request.regime() + "/" + kind, "generic/" + kind)) {
            if (languages.stream().allMatch(language -> renderer.hasLetter(candidate, language))) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("Expected letter templates " + request.regime() + "/" + kind + " or generic/"
                + kind + " in every language of " + languages + ", but some are missing under templates/letters");
    }

    private static void require(boolean condition, String expected, String actual) {
        if (!condition) {
            throw new IllegalArgumentException("Expected " + expected + ", but got " + actual);
        }
    }
}
