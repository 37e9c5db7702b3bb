package io.breachflow.notices;

import java.util.Map;

/**
 * What an officer asks for when a regulator orders a re-notice.
 *
 * @param reason what was corrected and why the letter goes again (required; becomes the corrected letter's
 *     {@code correction} field, so legal approves it with the text)
 * @param orderReference the regulator's reference of the order, or null
 * @param includeUnreached also send to the people the earlier run did not reach (BOUNCED, FAILED, SUPPRESSED)
 * @param correctedFields letter fields that replace the approved ones ({@code whatHappened_ko}, …), may be empty
 */
public record RenoticeOrder(String reason, String orderReference, boolean includeUnreached,
        Map<String, String> correctedFields) {

    public RenoticeOrder {
        correctedFields = correctedFields == null ? Map.of() : Map.copyOf(correctedFields);
    }
}
