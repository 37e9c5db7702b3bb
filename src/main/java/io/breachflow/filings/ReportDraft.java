package io.breachflow.filings;

import io.breachflow.notices.ApprovalStatus;
import io.breachflow.regimes.ObligationKind;
import java.time.Instant;
import java.util.Map;

/**
 * One immutable drafted authority report: its fields, its rendered HTML and the SHA-256 of that HTML
 * never change; only the decision is added, once. A correction or a supplementary report is a new
 * draft with the next number for the same obligation.
 *
 * @param id the draft id
 * @param incidentId the incident
 * @param obligationKey the obligation it meets
 * @param regime the regime code
 * @param kind first report or update
 * @param recipient the authority code
 * @param language the language
 * @param number 1, 2, … per incident and obligation
 * @param fields the narrative fields
 * @param template the template used, e.g. {@code KR-PIPA/authority-report_ko.html}
 * @param html the rendered report
 * @param contentHash SHA-256 (hex) of the rendered HTML (UTF-8): what approval binds to
 * @param status where it stands
 * @param draftedBy the drafter
 * @param draftedAt when
 * @param decidedBy who approved or rejected it, or null
 * @param decidedAt when, or null
 * @param comment the rejection comment, or null
 */
public record ReportDraft(long id, String incidentId, String obligationKey, String regime, ObligationKind kind,
        String recipient, String language, int number, Map<String, String> fields, String template, String html,
        String contentHash, ApprovalStatus status, String draftedBy, Instant draftedAt, String decidedBy,
        Instant decidedAt, String comment) {

    @Override
    public String toString() {
        return "ReportDraft[" + id + ", " + regime + " " + kind + " v" + number + ", " + status + "]";
    }
}
