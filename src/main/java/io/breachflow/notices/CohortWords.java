package io.breachflow.notices;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words for a cohort's page: the importer's reasons (stored in English, as the rejects file carries them)
 * as message keys in the reader's language, and jurisdiction codes as country names.
 */
final class CohortWords {

    private static final Pattern COLUMNS = Pattern.compile("expected (\\d+) columns, but found (\\d+)");
    private static final Map<String, String> REASONS = Map.of(
            "a field contains a NUL character", "nul",
            "person_id is missing", "personMissing",
            "person_id is longer than 64 characters", "personLong",
            "name is longer than 200 characters", "nameLong",
            "jurisdiction is missing", "jurisdictionMissing",
            "jurisdiction is not a known ISO 3166 code such as KR or US-CA", "jurisdictionUnknown",
            "language must be one of ko, en, ja", "language",
            "duplicate person_id", "duplicate");

    private CohortWords() {
    }

    /** One reject as the page shows it: a message key with its arguments, or the stored reason as it is. */
    record RejectRow(long line, String reason, String key, List<Object> args) {
    }

    static RejectRow row(ImportReject reject) {
        String code = REASONS.get(reject.reason());
        if (code != null) {
            return new RejectRow(reject.line(), reject.reason(), "cohorts.reason." + code, List.of());
        }
        Matcher columns = COLUMNS.matcher(reject.reason());
        if (columns.matches()) {
            return new RejectRow(reject.line(), reject.reason(), "cohorts.reason.columns",
                    List.of(columns.group(1), columns.group(2)));
        }
        return new RejectRow(reject.line(), reject.reason(), null, List.of());
    }

    /** {@code KR} → "South Korea", {@code US-CA} → "United States (CA)", in {@code locale}. */
    static String jurisdiction(String code, Locale locale) {
        String country = code.startsWith("US-") ? "US" : code.equals("UK") ? "GB" : code;
        String name = new Locale("", country).getDisplayCountry(locale);
        return code.startsWith("US-") ? name + " (" + code.substring(3) + ")" : name;
    }
}
