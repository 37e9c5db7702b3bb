package io.breachflow.drafting;

import io.breachflow.regimes.ObligationNames;
import java.util.Set;

/**
 * The state or territory a duty reports on, for items that count its residents: the duty's jurisdiction, else its
 * regime's code (a US state's regime is named like its jurisdiction, e.g. {@code US-PR}). Labels of those items
 * name the place in words ({@code forms.place.<code>}), so the officer reads "How many residents of Texas are
 * affected?", not a code.
 */
final class Place {

    /** Items whose label has the place as its argument. */
    static final Set<String> NAMED_IN_LABEL = Set.of("residentsAffected", "residentsNotified");

    private Place() {
    }

    static String of(ObligationNames.Duty duty) {
        if (duty == null) {
            return null;
        }
        return duty.jurisdiction() != null ? duty.jurisdiction() : duty.regime();
    }
}
