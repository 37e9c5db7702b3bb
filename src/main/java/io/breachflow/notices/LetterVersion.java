package io.breachflow.notices;

import io.breachflow.regimes.ObligationKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One immutable drafted version of a letter. Its fields and content hash never change after drafting;
 * only the decision (approval or rejection, once) is added.
 *
 * @param id the version id, what approval, preview and runs name
 * @param incidentId the incident
 * @param regime the regime code
 * @param kind the kind of notice
 * @param number 1, 2, … per incident, regime and kind; a correction is the next number
 * @param languages the drafted languages
 * @param fields the incident-level fields
 * @param template the letter templates used, e.g. {@code KR-PIPA/individual-notice}
 * @param contentHash SHA-256 (hex) over the template files, languages and fields: what approval binds to
 * @param status where it stands
 * @param draftedBy the drafter
 * @param draftedAt when it was drafted
 * @param decidedBy who approved or rejected it, or null
 * @param decidedAt when, or null
 * @param comment the rejection comment, or null
 */
public record LetterVersion(long id, String incidentId, String regime, ObligationKind kind, int number,
        List<String> languages, Map<String, String> fields, String template, String contentHash,
        ApprovalStatus status, String draftedBy, Instant draftedAt, String decidedBy, Instant decidedAt,
        String comment) {
}
