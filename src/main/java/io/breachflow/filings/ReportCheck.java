package io.breachflow.filings;

import io.breachflow.regimes.ObligationKind;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** A report request checked for shape: codes, field names, blank fields dropped. */
final class ReportCheck {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern FIELD = Pattern.compile("[a-zA-Z][a-zA-Z0-9]{0,63}");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_-]{1,31}");
    private static final Set<String> RESERVED = Set.of("kind", "recipient", "reference", "regime");

    private ReportCheck() {
    }

    /** The request's non-blank fields, stripped, in name order. */
    static Map<String, String> fields(ReportRequest request) {
        require(request.incidentId() != null && !request.incidentId().isBlank(), "an incident id", "none");
        require(request.obligationKey() != null && !request.obligationKey().isBlank(), "an obligation key", "none");
        require(request.regime() != null && CODE.matcher(request.regime()).matches(), "a regime code",
                String.valueOf(request.regime()));
        require(request.kind() == ObligationKind.AUTHORITY_REPORT || request.kind() == ObligationKind.AUTHORITY_UPDATE,
                "AUTHORITY_REPORT or AUTHORITY_UPDATE", String.valueOf(request.kind()));
        require(request.recipient() != null && CODE.matcher(request.recipient()).matches(), "an authority code",
                String.valueOf(request.recipient()));
        require(request.language() != null && LANGUAGE.matcher(request.language()).matches(), "a two-letter language",
                String.valueOf(request.language()));
        require(request.drafter() != null && !request.drafter().isBlank(), "the drafter's user name", "none");
        Map<String, String> fields = new TreeMap<>();
        (request.fields() == null ? Map.<String, String>of() : request.fields()).forEach((key, value) -> {
            require(key != null && FIELD.matcher(key).matches() && !RESERVED.contains(key),
                    "field names that are identifiers other than " + RESERVED, String.valueOf(key));
            if (value != null && !value.isBlank()) {
                fields.put(key, value.strip());
            }
        });
        return Map.copyOf(fields);
    }

    private static void require(boolean condition, String expected, String actual) {
        if (!condition) {
            throw new IllegalArgumentException("Expected " + expected + ", but got " + actual);
        }
    }
}
