package io.breachflow.incidents;

import io.breachflow.regimes.BreachFactsJson;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "report an incident" form as the browser posts it: strings only, so a typo comes back next to
 * its field. It becomes the same {@link BreachFactsJson} the API takes and is checked by the same bean
 * validation; affected counts are one {@code code=count} per line.
 */
record ReportForm(String title, String awareAt, String detectedAt, String affected, List<String> dataCategories,
                  String cause, String unauthorizedAccess, String encrypted, String highRisk, String homeCountry,
                  String secRegistrant, String onlineServiceProvider, String criticalInfrastructure,
                  String euMainEstablishment, String euRepresentative, String nis2Entity,
                  String materialityDeterminedAt, String assessmentCompletedAt, String breachDeterminedAt,
                  String personalDataConfirmedAt) {

    ReportForm {
        dataCategories = dataCategories == null ? List.of() : List.copyOf(dataCategories);
    }

    static ReportForm blank(OffsetDateTime now) {
        return new ReportForm("", now.withNano(0).toString(), "", "", List.of(), "", "", "", "", "", "", "", "",
                "", "", "", "", "", "", "");
    }

    /** The API body; null when the affected lines do not parse (see {@link #errors}). */
    BreachFactsJson toJson() {
        List<BreachFactsJson.AffectedJson> counts = affectedCounts();
        if (counts == null) {
            return null;
        }
        return new BreachFactsJson(text(title), text(awareAt), text(detectedAt), counts,
                dataCategories.isEmpty() ? null : dataCategories, text(cause), bool(unauthorizedAccess),
                bool(encrypted), bool(highRisk),
                new BreachFactsJson.OrganizationJson(upper(homeCountry), bool(secRegistrant),
                        bool(onlineServiceProvider), upper(euMainEstablishment), upper(euRepresentative),
                        text(nis2Entity), bool(criticalInfrastructure)),
                new BreachFactsJson.MilestonesJson(text(materialityDeterminedAt), text(assessmentCompletedAt),
                        text(breachDeterminedAt), text(personalDataConfirmedAt)));
    }

    /** Form field → message key of what is wrong with it; empty when valid. */
    Map<String, String> errors(Validator validator) {
        Map<String, String> errors = new LinkedHashMap<>();
        BreachFactsJson json = toJson();
        if (json == null) {
            errors.put("affected", "obligations.error.affected");
            return errors;
        }
        for (ConstraintViolation<BreachFactsJson> violation : validator.validate(json)) {
            String path = violation.getPropertyPath().toString();
            String field = path.replaceFirst("^(organization|milestones)\\.", "").replaceFirst("[\\[.].*$", "");
            errors.putIfAbsent(field, messageKey(field, json));
        }
        return errors;
    }

    private static String messageKey(String field, BreachFactsJson json) {
        if ("awareAt".equals(field) && json.awareAt() == null) {
            return "obligations.error.required";
        }
        if (field.endsWith("At")) {
            return "obligations.error.timestamp";
        }
        return switch (field) {
            case "affected" -> "obligations.error.affected";
            case "homeCountry", "euMainEstablishment", "euRepresentative" -> "obligations.error.country";
            default -> "obligations.error.value";
        };
    }

    private List<BreachFactsJson.AffectedJson> affectedCounts() {
        return affectedLines(affected);
    }

    /**
     * Affected counts typed one {@code code=count} per line (also {@code code: count}, or separated by commas);
     * null when a line does not parse.
     */
    static List<BreachFactsJson.AffectedJson> affectedLines(String text) {
        List<BreachFactsJson.AffectedJson> counts = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("[\\r\\n,;]+")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.trim().split("\\s*[=:\\s]\\s*");
            if (parts.length != 2 || !parts[1].matches("\\d{1,12}")) {
                return null;
            }
            counts.add(new BreachFactsJson.AffectedJson(parts[0].toUpperCase(java.util.Locale.ROOT),
                    Long.parseLong(parts[1])));
        }
        return counts;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String upper(String value) {
        String text = text(value);
        return text == null ? null : text.toUpperCase(java.util.Locale.ROOT);
    }

    private static Boolean bool(String value) {
        String text = text(value);
        return text == null ? null : Boolean.valueOf("true".equals(text) || "on".equals(text));
    }
}
