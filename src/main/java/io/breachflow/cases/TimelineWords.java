package io.breachflow.cases;

import io.breachflow.regimes.DeadlineWords;
import io.breachflow.regimes.ObligationNames;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says a timeline entry in the reader's words: "Report approved — PIPC report — PIPA Art. 34, version 2"
 * rather than {@code REPORT_APPROVED draft=12 obligation=kr-pipa-report number=2 contentHash=…}, and decides
 * which entries are business events. Those are the audit trail's record of what people and deadlines did
 * to the case, and the completed forms that have no audit entry of their own (a report filed, a triage
 * decided); engine steps, the audit's copy of every completed task and access-log entries are not.
 */
@Component
class TimelineWords {

    /** Audit actions that are business events; every other action is a technical entry. */
    static final Set<String> BUSINESS_ACTIONS = Set.of("SUSPECTED_INCIDENT_OPENED", "INCIDENT_REPORTED",
            "SCOPE_REVISED", "REPORT_DRAFTED", "REPORT_APPROVED", "REPORT_REJECTED", "NOTICE_DRAFTED",
            "NOTICE_APPROVED", "NOTICE_REJECTED", "NOTICE_RUN_FINISHED", "DEADLINE_REMINDER_DUE",
            "OBLIGATION_OVERDUE", "INCIDENT_CLOSED", "NOTICES_HELD", "POLICE_REFERRAL_REQUESTED",
            "REGULATOR_QUESTION_RECEIVED", "EVIDENCE_ADDED", "EVIDENCE_PACKAGED", "EVIDENCE_HANDED_TO_POLICE");

    /** Forms whose completion is a business event the audit trail does not already name (drafts and approvals it does). */
    static final Set<String> BUSINESS_FORMS = Set.of("triage", "record-awareness", "risk-assessment", "submit-report",
            "file-with-police", "prepare-wave", "record-public-notice", "answer-regulator-question",
            "post-incident-review");

    private final MessageSource messages;
    private final ObligationNames names;
    private final DeadlineWords deadlines;

    TimelineWords(MessageSource messages, ObligationNames names, DeadlineWords deadlines) {
        this.messages = messages;
        this.names = names;
        this.deadlines = deadlines;
    }

    CaseTimeline.PageEntry of(CaseTimeline.Sourced sourced, Locale locale) {
        TimelineEntry entry = sourced.entry();
        return switch (entry.source()) {
            case ENGINE -> new CaseTimeline.PageEntry(entry, false,
                    word("cases.timeline.kind." + entry.kind(), entry.kind(), locale), step(entry, locale));
            case AUDIT -> new CaseTimeline.PageEntry(entry, BUSINESS_ACTIONS.contains(entry.kind()),
                    word("cases.event." + entry.kind(), entry.kind(), locale), about(entry, locale));
            case TASK -> task(entry, sourced.formKey(), locale);
        };
    }

    private CaseTimeline.PageEntry task(TimelineEntry entry, String formKey, Locale locale) {
        String form = formKey == null ? entry.detail() : word("task.form." + formKey, entry.detail(), locale);
        if (formKey != null && BUSINESS_FORMS.contains(formKey)) {
            return new CaseTimeline.PageEntry(entry, true, word("cases.event.form." + formKey, form, locale), null);
        }
        return new CaseTimeline.PageEntry(entry, false, word("cases.timeline.kind.TASK_COMPLETED", entry.kind(), locale),
                form);
    }

    /** "Draft report (USER_TASK, Process_AuthorityReport)", the task named in the reader's language. */
    private String step(TimelineEntry entry, Locale locale) {
        String detail = entry.detail() == null ? "" : entry.detail();
        String task = entry.elementId() == null ? null
                : messages.getMessage("task.element." + entry.elementId(), null, null, locale);
        int where = detail.indexOf(" (");
        return task == null || where < 0 ? detail : task + detail.substring(where);
    }

    /** What a business event concerns, from the fields of its audit detail; null when there is nothing to say. */
    private String about(TimelineEntry entry, Locale locale) {
        Map<String, String> fields = fields(entry.detail());
        String obligation = fields.containsKey("obligation") ? names.of(fields.get("obligation"), locale).full() : null;
        return switch (entry.kind()) {
            case "SCOPE_REVISED" -> fields.containsKey("revision")
                    ? message("cases.event.detail.revision", locale, fields.get("revision")) : null;
            case "INCIDENT_REPORTED" -> fields.containsKey("obligations")
                    ? message("cases.event.detail.obligations", locale, count(fields.get("obligations"))) : null;
            case "REPORT_DRAFTED", "REPORT_APPROVED" -> obligation == null ? null : fields.containsKey("number")
                    ? message("cases.event.detail.version", locale, obligation, fields.get("number")) : obligation;
            case "REPORT_REJECTED" -> obligation;
            case "NOTICE_DRAFTED", "NOTICE_APPROVED" -> fields.containsKey("kind") ? message("cases.event.detail.notice",
                    locale, word("cases.kind." + fields.get("kind"), fields.get("kind"), locale),
                    fields.getOrDefault("regime", ""), fields.getOrDefault("number", "")) : null;
            case "NOTICE_RUN_FINISHED" -> fields.containsKey("run") ? message("cases.event.detail.run", locale,
                    fields.get("run"), fields.getOrDefault("sent", "0"), fields.getOrDefault("bounced", "0"),
                    fields.getOrDefault("failed", "0")) : null;
            case "DEADLINE_REMINDER_DUE", "OBLIGATION_OVERDUE" -> obligation == null ? null
                    : fields.containsKey("dueAt") ? message("cases.event.detail.due", locale, obligation,
                    deadlines.atForKey(fields.get("dueAt"), fields.get("obligation"), locale)) : obligation;
            default -> BUSINESS_ACTIONS.contains(entry.kind()) ? null : entry.detail();
        };
    }

    /** The {@code name=value} fields of an audit detail, e.g. {@code draft=12 obligation=kr-pipa-report}. */
    static Map<String, String> fields(String detail) {
        Map<String, String> fields = new HashMap<>();
        if (detail == null) {
            return fields;
        }
        for (String part : detail.split(" ")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                fields.put(part.substring(0, equals), part.substring(equals + 1));
            }
        }
        return fields;
    }

    private static int count(String list) {
        return list.isBlank() ? 0 : list.split(",").length;
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    private String word(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }
}
