package io.breachflow.regimes.internal.web;

import io.breachflow.regimes.BreachFacts;
import io.breachflow.regimes.Cause;
import io.breachflow.regimes.DataCategory;
import io.breachflow.regimes.Nis2Entity;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The what-if form, field for field as the browser posts it. Everything is a string so a typo comes
 * back next to its field (as a message key) instead of failing the binding; {@link #toFacts()} is for
 * a form without errors. Affected counts are one {@code code=count} per line.
 */
record WhatIfForm(String title, String awareAt, String detectedAt, String affected, List<String> dataCategories,
                  String cause, String unauthorizedAccess, String encrypted, String highRisk, String homeCountry,
                  String secRegistrant, String onlineServiceProvider, String criticalInfrastructure,
                  String euMainEstablishment, String euRepresentative, String nis2Entity,
                  String materialityDeterminedAt, String assessmentCompletedAt, String breachDeterminedAt,
                  String personalDataConfirmedAt) {

    WhatIfForm {
        dataCategories = dataCategories == null ? List.of() : List.copyOf(dataCategories);
    }

    /** A starting point: the motivating case of the fact base (regulations.md §15), aware now. */
    static WhatIfForm example(OffsetDateTime now) {
        return new WhatIfForm("", now.withNano(0).toString(), "", "KR=4500\nUS-CA=501",
                List.of("NAME", "EMAIL", "PHONE", "POSTAL_ADDRESS", "ORDER_HISTORY"), "INSIDER", "true", "false", "",
                "KR", "true", "true", "false", "", "", "", "", "", "", "");
    }

    /** Field name → message key of what is wrong with it; empty when the form is valid. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(awareAt)) {
            errors.put("awareAt", "obligations.error.required");
        }
        timestamp(errors, "awareAt", awareAt);
        timestamp(errors, "detectedAt", detectedAt);
        timestamp(errors, "materialityDeterminedAt", materialityDeterminedAt);
        timestamp(errors, "assessmentCompletedAt", assessmentCompletedAt);
        timestamp(errors, "breachDeterminedAt", breachDeterminedAt);
        timestamp(errors, "personalDataConfirmedAt", personalDataConfirmedAt);
        if (affectedCounts() == null) {
            errors.put("affected", "obligations.error.affected");
        }
        country(errors, "homeCountry", homeCountry);
        country(errors, "euMainEstablishment", euMainEstablishment);
        country(errors, "euRepresentative", euRepresentative);
        if (!dataCategories.stream().allMatch(c -> FactsValidation.isValue(DataCategory.class, c))) {
            errors.put("dataCategories", "obligations.error.value");
        }
        value(errors, "cause", Cause.class, cause);
        value(errors, "nis2Entity", Nis2Entity.class, nis2Entity);
        return errors;
    }

    BreachFacts toFacts() {
        Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        dataCategories.forEach(c -> categories.add(DataCategory.valueOf(c)));
        return new BreachFacts(title, time(awareAt), time(detectedAt), affectedCounts(), categories,
                blank(cause) ? null : Cause.valueOf(cause), bool(unauthorizedAccess), bool(encrypted), bool(highRisk),
                new BreachFacts.Organization(text(homeCountry), bool(secRegistrant), bool(onlineServiceProvider),
                        text(euMainEstablishment), text(euRepresentative),
                        blank(nis2Entity) ? null : Nis2Entity.valueOf(nis2Entity), bool(criticalInfrastructure)),
                new BreachFacts.Milestones(time(materialityDeterminedAt), time(assessmentCompletedAt),
                        time(breachDeterminedAt), time(personalDataConfirmedAt)));
    }

    /** The parsed counts, or null if any line is not {@code code=count} with a known code and a count ≥ 0. */
    List<BreachFacts.Affected> affectedCounts() {
        List<BreachFacts.Affected> counts = new ArrayList<>();
        for (String line : (affected == null ? "" : affected).split("[\\r\\n,;]+")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.trim().split("\\s*[=:\\s]\\s*");
            if (parts.length != 2 || !FactsValidation.isJurisdiction(parts[0]) || !parts[1].matches("\\d{1,12}")) {
                return null;
            }
            counts.add(new BreachFacts.Affected(parts[0], Long.parseLong(parts[1])));
        }
        return counts;
    }

    private static void timestamp(Map<String, String> errors, String field, String value) {
        if (!blank(value) && !FactsValidation.isTimestamp(value.trim())) {
            errors.putIfAbsent(field, "obligations.error.timestamp");
        }
    }

    private static void country(Map<String, String> errors, String field, String value) {
        if (!blank(value) && !FactsValidation.isCountry(value.trim())) {
            errors.put(field, "obligations.error.country");
        }
    }

    private static <E extends Enum<E>> void value(Map<String, String> errors, String field, Class<E> type, String value) {
        if (!blank(value) && !FactsValidation.isValue(type, value)) {
            errors.put(field, "obligations.error.value");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String text(String value) {
        return blank(value) ? null : value.trim();
    }

    private static Boolean bool(String value) {
        return blank(value) ? null : Boolean.valueOf("true".equals(value) || "on".equals(value));
    }

    private static OffsetDateTime time(String value) {
        return blank(value) ? null : OffsetDateTime.parse(value.trim());
    }
}
