package io.breachflow.notices;

import java.util.Locale;

/**
 * Whom a "was this person told?" lookup is about: exactly one of the cohort's person id, an email address or a
 * phone number. Emails are matched as imported and in lower case; phones as the import stores them (E.164,
 * spaces and dashes removed).
 *
 * @param by which identifier
 * @param value the identifier as typed (personal data: never logged, never in a URL)
 */
public record PersonQuery(By by, String value) {

    /** The identifier a lookup uses. */
    public enum By { PERSON_ID, EMAIL, PHONE }

    public PersonQuery {
        if (by == null || value == null || value.isBlank()) {
            throw new IllegalArgumentException("Expected a person id, an email address or a phone number, but got none");
        }
        value = value.strip();
    }

    /** The stored forms to look for: an email as typed and in lower case, a phone without spaces and dashes. */
    java.util.List<String> storedForms() {
        return switch (by) {
            case EMAIL -> java.util.List.of(value, value.toLowerCase(Locale.ROOT)).stream().distinct().toList();
            case PHONE -> java.util.List.of(value.replace(" ", "").replace("-", ""));
            case PERSON_ID -> java.util.List.of(value);
        };
    }
}
