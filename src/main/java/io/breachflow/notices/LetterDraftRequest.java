package io.breachflow.notices;

import io.breachflow.regimes.ObligationKind;
import java.util.List;
import java.util.Map;

/**
 * What a compliance officer drafts a letter from: incident-level facts only (never personal data),
 * which every recipient's letter shares; personalisation (name, jurisdiction, reference) is added per
 * person at send time.
 *
 * @param incidentId the incident the letter is about
 * @param regime the regime code, e.g. {@code KR-PIPA}
 * @param kind {@code INDIVIDUAL_NOTICE} or {@code PUBLIC_NOTICE}
 * @param languages the languages to draft, e.g. {@code ["ko", "en"]}; the first is the fallback for
 *     recipients of any other language
 * @param fields incident-level fields by name, e.g. {@code whatHappened}, {@code when},
 *     {@code dataCategories}, {@code consequences}, {@code measuresTaken}, {@code whatYouCanDo},
 *     {@code contactPoint}, {@code organisation} (see {@code templates/README.md})
 * @param drafter the user name of the drafter, who may not approve it
 */
public record LetterDraftRequest(String incidentId, String regime, ObligationKind kind, List<String> languages,
        Map<String, String> fields, String drafter) {
}
