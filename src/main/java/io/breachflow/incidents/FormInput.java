package io.breachflow.incidents;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Reads the case-request forms' fields as typed, so a typo comes back next to its field (a message key per
 * field in {@code errors}) with everything else kept, instead of a bare 400.
 */
final class FormInput {

    private FormInput() {
    }

    /** The trimmed text, null when blank; an error when required and blank, longer than {@code max} or with controls. */
    static String text(String value, String field, boolean required, int max, Map<String, String> errors) {
        String text = value == null ? null : value.strip();
        if (text == null || text.isEmpty()) {
            if (required) {
                errors.putIfAbsent(field, "casework.error." + field + ".missing");
            }
            return null;
        }
        if (text.length() > max || text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r'
                && c != '\t')) {
            errors.putIfAbsent(field, "casework.error.text");
            return null;
        }
        return text;
    }

    /** An ISO-8601 date-time with its offset ({@code 2026-12-20T17:00:00-08:00}) between 1990 and 2100. */
    static OffsetDateTime time(String value, String field, boolean required, Map<String, String> errors) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                errors.putIfAbsent(field, "casework.error." + field + ".missing");
            }
            return null;
        }
        try {
            OffsetDateTime time = OffsetDateTime.parse(text);
            if (time.getYear() < 1990 || time.getYear() > 2100) {
                errors.putIfAbsent(field, "casework.error.time");
                return null;
            }
            return time;
        } catch (DateTimeParseException e) {
            errors.putIfAbsent(field, "casework.error.time");
            return null;
        }
    }
}
