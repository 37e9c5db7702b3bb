package io.breachflow.filings;

import io.breachflow.regimes.ObligationKind;
import java.util.Map;

/**
 * What an officer drafts an authority report from.
 *
 * @param incidentId the incident
 * @param obligationKey the obligation the report meets (its key in the regimes module)
 * @param regime the regime code, e.g. {@code EU-GDPR}
 * @param kind {@code AUTHORITY_REPORT} (first report) or {@code AUTHORITY_UPDATE} (supplementary or final)
 * @param recipient the authority code, e.g. {@code PIPC}, {@code LEAD_SA}, {@code SEC}, {@code PPC}
 * @param language the report's language, e.g. {@code ko}
 * @param fields the narrative fields by name (see {@code templates/README.md})
 * @param drafter the drafter's user name, who may not approve it
 */
public record ReportRequest(String incidentId, String obligationKey, String regime, ObligationKind kind,
        String recipient, String language, Map<String, String> fields, String drafter) {
}
