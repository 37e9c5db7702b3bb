package io.breachflow.tasklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Server-side validation of each form, chosen by form key, and the split of what is submitted:
 * decisions the process routes on (flags, codes, references) go to the process; free text stays in
 * the tasklist. Unknown fields and unknown form keys with fields are refused.
 */
final class TaskForms {

    /** Which form's submitter may not complete which form for the same subject (four-eyes). */
    static final Map<String, String> APPROVES = Map.of(
            "approve-report", "draft-report",
            "approve-referral", "prepare-referral",
            "approve-notice", "draft-notice");

    /**
     * The optional field of {@code approve-notice} and {@code approve-report} naming the content hash the
     * approver was shown; it stays in the tasklist (the process keeps its own hash) and, when present, must
     * be the hash of the version pending approval ({@link ApprovalDocuments}).
     */
    static final String CONTENT_HASH = "contentHash";

    private enum Type { TEXT, FLAG, CODE, TIMESTAMP }

    private record Field(String name, Type type, boolean required, boolean toProcess, int maxLength,
                         Set<String> codes) {

        static Field text(String name, boolean required, int maxLength) {
            return new Field(name, Type.TEXT, required, false, maxLength, Set.of());
        }

        static Field reference(String name, boolean required, int maxLength) {
            return new Field(name, Type.TEXT, required, true, maxLength, Set.of());
        }

        static Field flag(String name) {
            return new Field(name, Type.FLAG, true, true, 0, Set.of());
        }

        static Field code(String name, Set<String> codes) {
            return new Field(name, Type.CODE, true, true, 0, codes);
        }

        static Field timestamp(String name) {
            return new Field(name, Type.TIMESTAMP, false, true, 0, Set.of());
        }

        static Field requiredTimestamp(String name) {
            return new Field(name, Type.TIMESTAMP, true, true, 0, Set.of());
        }
    }

    /**
     * The narrative of a report: every item some regime's template asks for (templates/README.md). Each is
     * optional here; the regime's required-content check runs when the report is rendered and names what is
     * missing.
     */
    private static final List<String> REPORT_FIELDS = List.of("organisation", "whatHappened", "when",
            "dataCategories", "subjectCategories", "affectedCount", "recordCount", "scope", "consequences",
            "measuresTaken", "whatYouCanDo", "materialImpact", "contactPoint", "cause", "responseToIndividuals",
            "publicAnnouncement", "preventiveMeasures", "delayReasons", "pending", "other",
            // US state regulator notices (filings/internal/StateReportRules)
            "residentsAffected", "residentsNotified", "noticeDistribution", "measuresPlanned", "lawEnforcement",
            "sampleNotice");

    /** The incident-level items of a notice letter, checked per regime when the letter is rendered. */
    private static final List<String> NOTICE_FIELDS = List.of("organisation", "whatHappened", "when",
            "dataCategories", "consequences", "measuresTaken", "whatYouCanDo", "contactPoint", "legalRights",
            "cause", "other", "lawEnforcementDelay", "craContacts");

    /**
     * The hidden field of a drafting sheet naming the incident revision its facts were filled from, so a
     * document drafted while the facts changed is caught (issue 15); it stays in the tasklist.
     */
    static final String FACTS_REVISION = "factsRevision";

    private static List<Field> narrative(List<String> names) {
        List<Field> fields = new ArrayList<>(names.stream().map(name -> Field.text(name, false, 20_000)).toList());
        fields.add(Field.text(FACTS_REVISION, false, 9));
        return List.copyOf(fields);
    }

    private static final Map<String, List<Field>> FORMS = Map.ofEntries(
            Map.entry("record-awareness", List.of(Field.requiredTimestamp("awareAt"),
                    Field.text("awarenessReasoning", true, 20_000))),
            Map.entry("risk-assessment", List.of(Field.flag("highRisk"), Field.text("riskReasoning", true, 20_000))),
            Map.entry("draft-notice", narrative(NOTICE_FIELDS)),
            Map.entry("approve-notice", List.of(Field.flag("approved"), Field.text("comment", false, 4_000),
                    Field.text(CONTENT_HASH, false, 128))),
            Map.entry("answer-regulator-question", List.of(Field.text("answer", true, 20_000))),
            Map.entry("prepare-wave", List.of(Field.reference("cohortId", true, 40))),
            Map.entry("record-public-notice", List.of(Field.text("publishedWhere", true, 2_000),
                    Field.timestamp("publishedAt"))),
            Map.entry("draft-report", narrative(REPORT_FIELDS)),
            Map.entry("approve-report", List.of(Field.flag("approved"), Field.text("comment", false, 4_000),
                    Field.text(CONTENT_HASH, false, 128))),
            Map.entry("submit-report", List.of(Field.code("channel", Set.of("EMAIL", "PORTAL")),
                    Field.reference("receiptNumber", false, 100),
                    Field.reference("receiptFileId", false, 36))),
            Map.entry("post-incident-review", List.of(Field.text("lessonsLearned", true, 20_000))),
            Map.entry("prepare-referral", List.of(Field.text("evidenceSummary", true, 20_000),
                    Field.text(FACTS_REVISION, false, 9))),
            Map.entry("approve-referral", List.of(Field.flag("approved"), Field.text("comment", false, 4_000))),
            Map.entry("file-with-police", List.of(Field.reference("caseNumber", true, 100),
                    Field.text("policeUnit", false, 200))),
            Map.entry("triage", List.of(Field.code("outcome", Set.of("BREACH", "SECURITY_INCIDENT", "FALSE_ALARM")),
                    Field.timestamp("awareAt"), Field.text("reasoning", true, 20_000))));

    private TaskForms() {
    }

    /** One field as a form page renders it; {@code type} is TEXT, FLAG, CODE or TIMESTAMP. */
    record FieldView(String name, String type, boolean required, int maxLength, List<String> codes) {
    }

    /** Every form key with fields, sorted. */
    static List<String> formKeys() {
        return FORMS.keySet().stream().sorted().toList();
    }

    /** The fields of {@code formKey} in order, for rendering any form generically; empty when unknown. */
    static List<FieldView> fields(String formKey) {
        return FORMS.getOrDefault(formKey, List.of()).stream()
                .map(f -> new FieldView(f.name(), f.type().name(), f.required(), f.maxLength(),
                        f.codes().stream().sorted().toList()))
                .toList();
    }

    /** The variables for the process, once {@code submitted} is valid for {@code formKey}. */
    static Map<String, Object> validate(String formKey, Map<String, Object> submitted) {
        List<Field> fields = new ArrayList<>(FORMS.getOrDefault(formKey, List.of()));
        if ("draft-notice".equals(formKey)) {
            // one text per language: whatHappened_ko and whatHappened_en (notices.LetterFields)
            submitted.keySet().stream().filter(TaskForms::isLanguageCopy).sorted()
                    .forEach(name -> fields.add(Field.text(name, false, 20_000)));
        }
        List<InvalidFormException.FieldError> errors = new ArrayList<>();
        Map<String, Object> toProcess = new LinkedHashMap<>();
        Set<String> known = new java.util.HashSet<>();
        for (Field field : fields) {
            known.add(field.name());
            Object value = submitted.get(field.name());
            String problem = check(field, value);
            if (problem != null) {
                errors.add(new InvalidFormException.FieldError(field.name(), problem));
            } else if (field.toProcess() && value != null) {
                toProcess.put(field.name(), value);
            }
        }
        submitted.keySet().stream().filter(name -> !known.contains(name)).sorted()
                .forEach(name -> errors.add(new InvalidFormException.FieldError(name, "unknown field")));
        if (APPROVES.containsKey(formKey) && Boolean.FALSE.equals(submitted.get("approved"))
                && isBlank(submitted.get("comment"))) {
            errors.add(new InvalidFormException.FieldError("comment", "must say why it is rejected"));
        }
        if ("triage".equals(formKey) && "BREACH".equals(submitted.get("outcome")) && submitted.get("awareAt") == null) {
            errors.add(new InvalidFormException.FieldError("awareAt", "a confirmed breach needs the awareness time"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        return toProcess;
    }

    private static boolean isLanguageCopy(String name) {
        int underscore = name.lastIndexOf('_');
        return underscore > 0 && name.substring(underscore + 1).matches("[a-z]{2}")
                && NOTICE_FIELDS.contains(name.substring(0, underscore));
    }

    private static String check(Field field, Object value) {
        if (value == null) {
            return field.required() ? "must not be null" : null;
        }
        return switch (field.type()) {
            case FLAG -> value instanceof Boolean ? null : "must be true or false";
            case CODE -> value instanceof String code && field.codes().contains(code)
                    ? null : "must be one of " + field.codes().stream().sorted().toList();
            case TIMESTAMP -> value instanceof String text && isTimestamp(text)
                    ? null : "must be an ISO-8601 date-time with offset";
            case TEXT -> !(value instanceof String text) ? "must be text"
                    : field.required() && text.isBlank() ? "must not be blank"
                    : text.length() > field.maxLength() ? "must be at most " + field.maxLength() + " characters"
                    : null;
        };
    }

    private static boolean isTimestamp(String text) {
        try {
            java.time.OffsetDateTime.parse(text);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isBlank(Object value) {
        return !(value instanceof String text) || text.isBlank();
    }
}
