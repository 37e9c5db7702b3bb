package io.breachflow.regimes;

import java.util.List;
import java.util.Optional;

/**
 * Where a recorded law-enforcement request may hold a notice back, and on what authority. A hold the law
 * does not allow is never applied, so the clock keeps running visibly for every other obligation; each
 * entry keeps its citation from {@code regulations.md}.
 */
public final class LawEnforcementHolds {

    /**
     * One regime and kind whose clock a law-enforcement request may pause.
     *
     * @param regime the regime code
     * @param kind the obligation kind held
     * @param basis where the law allows it
     */
    public record Hold(String regime, ObligationKind kind, String basis) {
    }

    private static final List<Hold> HOLDS = List.of(
            new Hold("US-CA", ObligationKind.INDIVIDUAL_NOTICE,
                    "Cal. Civ. Code §1798.82: delay while a law-enforcement agency determines notice would impede"
                            + " a criminal investigation (regulations.md §4.2)"),
            new Hold("US-NY", ObligationKind.INDIVIDUAL_NOTICE,
                    "N.Y. GBL §899-aa (as amended Dec 2024): the law-enforcement delay remains (regulations.md §4.3)"),
            new Hold("US-TX", ObligationKind.INDIVIDUAL_NOTICE,
                    "Tex. Bus. & Com. Code §521.053: delay allowed for law enforcement (regulations.md §4.4)"),
            new Hold("US-MA", ObligationKind.INDIVIDUAL_NOTICE,
                    "G.L. c. 93H: delay only when law enforcement determines notice would impede a criminal"
                            + " investigation (regulations.md §4.6)"),
            new Hold("US-WA", ObligationKind.INDIVIDUAL_NOTICE,
                    "RCW 19.255: delay allowed for law enforcement (regulations.md §4.7)"),
            new Hold("SG-PDPA", ObligationKind.INDIVIDUAL_NOTICE,
                    "PDPA Part 6A: individuals must not be notified where a prescribed law-enforcement agency or"
                            + " the PDPC so directs (regulations.md §7.7)"));

    private LawEnforcementHolds() {
    }

    /**
     * The hold for {@code regime} and {@code kind}, or empty where the law allows none. Korea (no police
     * hold found, §1.7), GDPR/UK GDPR (only where Member State law restricts Art. 34 under Art. 23, §2.7,
     * which needs legal advice per case) and every authority report stay unheld.
     */
    public static Optional<Hold> holdFor(String regime, ObligationKind kind) {
        return HOLDS.stream().filter(hold -> hold.regime().equals(regime) && hold.kind() == kind).findFirst();
    }

    /** Every hold the catalog knows, for documentation and the UI. */
    public static List<Hold> all() {
        return HOLDS;
    }
}
