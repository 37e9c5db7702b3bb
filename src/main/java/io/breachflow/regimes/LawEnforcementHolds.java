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
            new Hold("US-AL", ObligationKind.INDIVIDUAL_NOTICE,
                    "Ala. Code § 8-38-5(c): delay on a federal or state law-enforcement agency's written request, revocable or extendable in writing [CONFIRMED] (regulations-us-states.md)"),
            new Hold("US-AK", ObligationKind.INDIVIDUAL_NOTICE,
                    "Alaska Stat. § 45.48.020: delay while an appropriate law-enforcement agency determines disclosure will interfere with a criminal investigation [CONFIRMED] (regulations-us-states.md)"),
            new Hold("US-AZ", ObligationKind.INDIVIDUAL_NOTICE,
                    "Ariz. Rev. Stat. § 18-552: law-enforcement delay (wordsbywit, older numbering) [UNCONFIRMED] (regulations-us-states.md)"),
            new Hold("US-AR", ObligationKind.INDIVIDUAL_NOTICE,
                    "Ark. Code Ann. § 4-110-105(c): law-enforcement delay (wordsbywit) [UNCONFIRMED] (regulations-us-states.md)"),
            new Hold("US-CA", ObligationKind.INDIVIDUAL_NOTICE,
                    "Cal. Civ. Code § 1798.82: delay for the legitimate needs of law enforcement (SB 446 alerts) [UNCONFIRMED] (regulations-us-states.md)"),
            new Hold("US-CO", ObligationKind.INDIVIDUAL_NOTICE,
                    "Colo. Rev. Stat. § 6-1-716: law-enforcement delay (secondary summaries) [UNCONFIRMED] (regulations-us-states.md)"),
            new Hold("US-CT", ObligationKind.INDIVIDUAL_NOTICE,
                    "Conn. Gen. Stat. § 36a-701b: law-enforcement delay (wordsbywit) [UNCONFIRMED] (regulations-us-states.md)"),
            new Hold("US-DE", ObligationKind.INDIVIDUAL_NOTICE,
                    "6 Del. C. § 12B-102(c)(2): delay on law enforcement's request until it determines notice will not compromise the investigation [CONFIRMED] (regulations-us-states.md)"),
            new Hold("US-DC", ObligationKind.INDIVIDUAL_NOTICE,
                    "D.C. Code § 28-3852: delay for the legitimate needs of law enforcement (wordsbywit) [UNCONFIRMED] (regulations-us-states.md)"),
            new Hold("US-FL", ObligationKind.INDIVIDUAL_NOTICE,
                    "Fla. Stat. § 501.171: law-enforcement delay (wordsbywit) [UNCONFIRMED] (regulations-us-states.md)"),
            new Hold("US-GA", ObligationKind.INDIVIDUAL_NOTICE,
                    "O.C.G.A. § 10-1-912(c): delay while law enforcement determines notice will compromise a criminal investigation [CONFIRMED] (regulations-us-states.md)"),
            new Hold("US-HI", ObligationKind.INDIVIDUAL_NOTICE,
                    "Haw. Rev. Stat. § 487N-2(c): delay when law enforcement informs, in writing or documented contemporaneously, that notice may impede a criminal investigation or jeopardize national security [CONFIRMED] (regulations-us-states.md)"),
            new Hold("US-ID", ObligationKind.INDIVIDUAL_NOTICE,
                    "Idaho Code § 28-51-105: law-enforcement delay (DWT) [UNCONFIRMED] (regulations-us-states.md)"),
            new Hold("US-IL", ObligationKind.INDIVIDUAL_NOTICE,
                    "815 ILCS 530/10(b-5): delay when a law-enforcement agency determines notice will interfere with a criminal investigation and requests it in writing [CONFIRMED] (regulations-us-states.md)"),
            new Hold("US-IN", ObligationKind.INDIVIDUAL_NOTICE,
                    "Ind. Code 24-4.9-3-3: delay at the request of law enforcement or the Attorney General (DWT) [UNCONFIRMED] (regulations-us-states.md)"),
            new Hold("US-IA", ObligationKind.INDIVIDUAL_NOTICE,
                    "Iowa Code § 715C.2(3): law-enforcement delay (wordsbywit quoting subsection 3) [UNCONFIRMED] (regulations-us-states.md)"),
            new Hold("US-LA", ObligationKind.INDIVIDUAL_NOTICE,
                    "La. R.S. 51:3074: law-enforcement delay (Klinedinst) [UNCONFIRMED] (regulations-us-states.md)"),
            new Hold("US-ME", ObligationKind.INDIVIDUAL_NOTICE,
                    "10 M.R.S. § 1348: law-enforcement delay; notice within 7 business days after law enforcement clears it (csrps) [UNCONFIRMED] (regulations-us-states.md)"),
            new Hold("US-MD", ObligationKind.INDIVIDUAL_NOTICE,
                    "Md. Code Ann., Com. Law § 14-3504(d): law-enforcement delay (secondary summaries) [UNCONFIRMED] (regulations-us-states.md)"),
            new Hold("US-MA", ObligationKind.INDIVIDUAL_NOTICE,
                    "Mass. Gen. Laws ch. 93H § 4: delay only when law enforcement determines notice would impede a criminal investigation (mass.gov) [CONFIRMED] (regulations-us-states.md)"),
            new Hold("US-MI", ObligationKind.INDIVIDUAL_NOTICE,
                    "Mich. Comp. Laws § 445.72: law-enforcement delay (secondary summaries) [UNCONFIRMED] (regulations-us-states.md)"),
            new Hold("US-MN", ObligationKind.INDIVIDUAL_NOTICE,
                    "Minn. Stat. § 325E.61: law-enforcement delay (secondary summaries) [UNCONFIRMED] (regulations-us-states.md)"),
            new Hold("US-MS", ObligationKind.INDIVIDUAL_NOTICE,
                    "Miss. Code Ann. § 75-24-29: delay when law enforcement determines notice will impede a criminal investigation or national security and requests it (DWT) [UNCONFIRMED] (regulations-us-states.md)"),
            new Hold("US-MO", ObligationKind.INDIVIDUAL_NOTICE,
                    "Mo. Rev. Stat. § 407.1500: law-enforcement delay (secondary summaries) [UNCONFIRMED] (regulations-us-states.md)"),
            new Hold("US-MT", ObligationKind.INDIVIDUAL_NOTICE,
                    "Mont. Code Ann. § 30-14-1704: notice consistent with the legitimate needs of law enforcement (dojmt.gov) [CONFIRMED] (regulations-us-states.md)"),
            new Hold("US-NE", ObligationKind.INDIVIDUAL_NOTICE,
                    "Neb. Rev. Stat. § 87-803(1): notice consistent with the legitimate needs of law enforcement [CONFIRMED] (regulations-us-states.md)"),
            new Hold("US-NV", ObligationKind.INDIVIDUAL_NOTICE,
                    "Nev. Rev. Stat. § 603A.220(3): law-enforcement delay [CONFIRMED] (regulations-us-states.md)"),
            new Hold("US-NH", ObligationKind.INDIVIDUAL_NOTICE,
                    "N.H. Rev. Stat. § 359-C:20: law-enforcement delay (wordsbywit) [UNCONFIRMED] (regulations-us-states.md)"),
            new Hold("US-NJ", ObligationKind.INDIVIDUAL_NOTICE,
                    "N.J. Stat. Ann. § 56:8-163: law-enforcement delay (secondary summaries) [UNCONFIRMED] (regulations-us-states.md)"),
            new Hold("US-NM", ObligationKind.INDIVIDUAL_NOTICE,
                    "N.M. Stat. Ann. § 57-12C-9: law-enforcement delay (section CONFIRMED; its wording not read) [CONFIRMED] (regulations-us-states.md)"),
            new Hold("US-NY", ObligationKind.INDIVIDUAL_NOTICE,
                    "N.Y. Gen. Bus. Law § 899-aa: the law-enforcement delay remains after the Dec 2024 amendment (law-firm alerts) [UNCONFIRMED] (regulations-us-states.md)"),
            new Hold("US-NC", ObligationKind.INDIVIDUAL_NOTICE,
                    "N.C. Gen. Stat. § 75-65(c): delay when law enforcement informs, in writing or documented, that notice may impede a criminal investigation or jeopardize national or homeland security [CONFIRMED] (regulations-us-states.md)"),
            new Hold("US-ND", ObligationKind.INDIVIDUAL_NOTICE,
                    "N.D. Cent. Code § 51-30-04: law-enforcement delay [CONFIRMED] (regulations-us-states.md)"),
            new Hold("US-OH", ObligationKind.INDIVIDUAL_NOTICE,
                    "Ohio Rev. Code § 1349.19: law-enforcement delay (secondary summaries) [UNCONFIRMED] (regulations-us-states.md)"),
            new Hold("US-OR", ObligationKind.INDIVIDUAL_NOTICE,
                    "Or. Rev. Stat. § 646A.604(3)(c): law-enforcement delay [CONFIRMED] (regulations-us-states.md)"),
            new Hold("US-RI", ObligationKind.INDIVIDUAL_NOTICE,
                    "R.I. Gen. Laws § 11-49.3-4(b): delay when federal, state or local law enforcement determines notice will impede a criminal investigation [CONFIRMED] (regulations-us-states.md)"),
            new Hold("US-SC", ObligationKind.INDIVIDUAL_NOTICE,
                    "S.C. Code § 39-1-90(C): law-enforcement delay [CONFIRMED] (regulations-us-states.md)"),
            new Hold("US-SD", ObligationKind.INDIVIDUAL_NOTICE,
                    "S.D. Codified Laws § 22-40-21: delay for the legitimate needs of law enforcement (notice within 30 days after it is lifted: UNCONFIRMED, csrps) [CONFIRMED] (regulations-us-states.md)"),
            new Hold("US-TN", ObligationKind.INDIVIDUAL_NOTICE,
                    "Tenn. Code Ann. § 47-18-2107: delay for the legitimate needs of law enforcement (secondary summaries) [UNCONFIRMED] (regulations-us-states.md)"),
            new Hold("US-TX", ObligationKind.INDIVIDUAL_NOTICE,
                    "Tex. Bus. & Com. Code § 521.053(d): law-enforcement delay (secondary summaries) [UNCONFIRMED] (regulations-us-states.md)"),
            new Hold("US-UT", ObligationKind.INDIVIDUAL_NOTICE,
                    "Utah Code § 13-44-202: law-enforcement delay (secondary summaries) [UNCONFIRMED] (regulations-us-states.md)"),
            new Hold("US-VT", ObligationKind.INDIVIDUAL_NOTICE,
                    "9 V.S.A. § 2435(b)(3),(4): law-enforcement delay [CONFIRMED] (regulations-us-states.md)"),
            new Hold("US-VA", ObligationKind.INDIVIDUAL_NOTICE,
                    "Va. Code § 18.2-186.6: law-enforcement delay (secondary summaries) [UNCONFIRMED] (regulations-us-states.md)"),
            new Hold("US-WA", ObligationKind.INDIVIDUAL_NOTICE,
                    "RCW 19.255: law-enforcement delay (secondary summaries) [UNCONFIRMED] (regulations-us-states.md)"),
            new Hold("US-WV", ObligationKind.INDIVIDUAL_NOTICE,
                    "W. Va. Code § 46A-2A-102(e): law-enforcement delay [CONFIRMED] (regulations-us-states.md)"),
            new Hold("US-WI", ObligationKind.INDIVIDUAL_NOTICE,
                    "Wis. Stat. § 134.98: law-enforcement delay (secondary summaries) [UNCONFIRMED] (regulations-us-states.md)"),
            new Hold("US-WY", ObligationKind.INDIVIDUAL_NOTICE,
                    "Wyo. Stat. § 40-12-502(b): delay when law enforcement determines in writing that notice may seriously impede a criminal investigation [CONFIRMED] (regulations-us-states.md)"),
            new Hold("US-PR", ObligationKind.INDIVIDUAL_NOTICE,
                    "P.R. Laws Ann. tit. 10, § 4052: notice takes into account the need of law-enforcement agencies to secure crime scenes and evidence [CONFIRMED] (regulations-us-states.md)"),
            new Hold("US-VI", ObligationKind.INDIVIDUAL_NOTICE,
                    "V.I. Code Ann. tit. 14, § 2209: law-enforcement delay (Constangy) [UNCONFIRMED] (regulations-us-states.md)"),
            new Hold("SG-PDPA", ObligationKind.INDIVIDUAL_NOTICE,
                    "PDPA Part 6A: individuals must not be notified where a prescribed law-enforcement agency or"
                            + " the PDPC so directs (regulations.md §7.7)"));

    private LawEnforcementHolds() {
    }

    /**
     * The hold for {@code regime} and {@code kind}, or empty where the law allows none. US states: where the
     * fact base found a law-enforcement delay, its basis says CONFIRMED or UNCONFIRMED (Oklahoma, Pennsylvania
     * and Guam have none: their delay is unsourced). Korea (no police
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
