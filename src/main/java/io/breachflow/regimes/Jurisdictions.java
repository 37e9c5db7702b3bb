package io.breachflow.regimes;

import io.breachflow.regimes.internal.web.FactsValidation;

/**
 * The jurisdiction codes Breachflow knows: ISO 3166-1 alpha-2 ({@code KR}, {@code DE}, and {@code UK} as
 * the reserved alias of GB) and ISO 3166-2 for US states and territories ({@code US-CA}). The same set the
 * incident facts are checked against, so a cohort row and an incident's {@code affected} entry accept
 * exactly the same codes. A lookup in a precomputed set: cheap enough for every row of a large cohort.
 */
public final class Jurisdictions {

    private Jurisdictions() {
    }

    /** Whether {@code code} (upper case, as written in the standards) is a known jurisdiction. */
    public static boolean isKnown(String code) {
        return code != null && FactsValidation.isJurisdiction(code);
    }
}
