package io.breachflow.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Codes in the reader's words, for the case views ({@code ${@caseWords.fact(path, value, #locale)}}): a stored
 * fact value such as {@code EXTERNAL_ATTACK} or {@code NAME, EMAIL} becomes "External attack" and "Name,
 * Email address", yes and no are words, date-times are readable; a candidate group such as
 * {@code compliance-officer} becomes "Compliance officers". Anything without words stays as stored.
 */
@Component("caseWords")
class CaseWords {

    /** Fields whose values are codes, with the message key prefix that names each code. */
    private static final Map<String, String> CODES = Map.of(
            "cause", "cases.code.cause.",
            "dataCategories", "cases.code.category.",
            "organization.nis2Entity", "cases.code.nis2.");

    private final MessageSource messages;
    private final CaseTimes times;

    CaseWords(MessageSource messages, CaseTimes times) {
        this.messages = messages;
        this.times = times;
    }

    public String fact(String path, String value, Locale locale) {
        if (value == null) {
            return "—";
        }
        if ("true".equals(value) || "false".equals(value)) {
            return messages.getMessage("cases.value." + ("true".equals(value) ? "yes" : "no"), null, value, locale);
        }
        String prefix = CODES.get(path);
        if (prefix != null) {
            return Arrays.stream(value.split(",\\s*"))
                    .map(code -> messages.getMessage(prefix + code.strip(), null, code.strip(), locale))
                    .collect(Collectors.joining(", "));
        }
        return times.value(value);
    }

    /** "Compliance officers, Legal" for the groups a task is offered to. */
    public String groups(List<String> groups, Locale locale) {
        return groups.stream().map(group -> messages.getMessage("cases.group." + group, null, group, locale))
                .collect(Collectors.joining(", "));
    }
}
