package io.breachflow.notices;

import io.breachflow.regimes.ObligationKind;
import java.time.LocalDate;

/**
 * One item a regime's law requires a notice or report to contain, as data: which draft field carries it,
 * what the law calls it, where the law says so, and from when it applies.
 *
 * @param regime the regime code, e.g. {@code KR-PIPA}, or {@code generic} for Breachflow's baseline
 * @param kind the kind of communication
 * @param field the draft field that must be filled, e.g. {@code dataCategories}
 * @param item the item as the law names it
 * @param citation the article and the source in {@code regulations.md}
 * @param effectiveFrom the first day the item is required, or null when always
 */
public record RequiredItem(String regime, ObligationKind kind, String field, String item, String citation,
        LocalDate effectiveFrom) {

    public RequiredItem(String regime, ObligationKind kind, String field, String item, String citation) {
        this(regime, kind, field, item, citation, null);
    }

    /** Whether the item applies to a draft made on {@code day}. */
    public boolean appliesOn(LocalDate day) {
        return effectiveFrom == null || !day.isBefore(effectiveFrom);
    }

    /** How the checker names the item in an error. */
    public String describe() {
        return item + " (field " + field + "; " + citation + ")";
    }
}
