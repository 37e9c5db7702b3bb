package io.breachflow.regimes.internal;

import static io.breachflow.regimes.DataCategory.*;

import io.breachflow.regimes.BreachFacts;
import io.breachflow.regimes.Cause;
import io.breachflow.regimes.DataCategory;
import io.breachflow.regimes.RiskAssessment;
import io.breachflow.regimes.RiskAssessment.Band;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * ENISA severity (Dec 2013 working document, regulations.md §14.1): SE = DPC × EI + CB. Every input
 * is returned with where it came from. Reading Medium or above as "likely risk" and High or above as
 * "high risk" is a practitioner heuristic the fact base marks UNCONFIRMED, which is why obligations
 * that rest on a computed risk say so in their basis.
 */
final class RiskScoring {

    private static final Set<DataCategory> SENSITIVE = EnumSet.of(HEALTH, BIOMETRIC, GENETIC, SEXUAL_LIFE,
            POLITICAL_OPINION, RELIGION, CRIMINAL_RECORD);
    private static final Set<DataCategory> FINANCIAL = EnumSet.of(PAYMENT_CARD, BANK_ACCOUNT, ACCOUNT_CREDENTIALS,
            NATIONAL_ID, PASSPORT, DRIVERS_LICENSE);
    private static final Set<DataCategory> BEHAVIOURAL = EnumSet.of(ORDER_HISTORY, LOCATION);
    private static final Set<DataCategory> DIRECT_IDENTIFIERS = EnumSet.of(NAME, NATIONAL_ID, PASSPORT,
            DRIVERS_LICENSE, EMAIL, PHONE, POSTAL_ADDRESS, BIOMETRIC);
    private static final Set<Cause> MALICIOUS = EnumSet.of(Cause.EXTERNAL_ATTACK, Cause.INSIDER);

    private RiskScoring() {
    }

    static RiskAssessment assess(BreachFacts facts) {
        List<String> inputs = new ArrayList<>();
        int dpc = dataProcessingContext(facts, inputs);
        double ei = easeOfIdentification(facts, inputs);
        double cb = circumstances(facts, inputs);
        double score = dpc * ei + cb;
        Band band = score < 2 ? Band.LOW : score < 3 ? Band.MEDIUM : score < 4 ? Band.HIGH : Band.VERY_HIGH;
        if (facts.affectedTotal() > 100) {
            inputs.add("flag: more than 100 individuals affected");
        }
        Boolean given = facts.highRisk();
        boolean high = given != null ? given : band.compareTo(Band.HIGH) >= 0;
        boolean likely = high || band.compareTo(Band.MEDIUM) >= 0;
        inputs.add(given != null
                ? "conclusion: high risk " + (given ? "yes" : "no") + " as given in the facts"
                : "conclusion: computed from the band (MEDIUM+ = likely risk, HIGH+ = high risk; mapping UNCONFIRMED, regulations.md §14.1)");
        return new RiskAssessment(given, dpc, ei, cb, score, band, likely, high, inputs);
    }

    private static int dataProcessingContext(BreachFacts facts, List<String> inputs) {
        Set<DataCategory> data = facts.dataCategories();
        int base = intersects(data, SENSITIVE) ? 4 : intersects(data, FINANCIAL) ? 3 : intersects(data, BEHAVIOURAL) ? 2 : 1;
        String kind = switch (base) {
            case 4 -> "sensitive";
            case 3 -> "financial or identity documents";
            case 2 -> "behavioural";
            default -> "simple";
        };
        inputs.add("DPC " + base + ": " + kind + " data");
        if (data.contains(CHILD_DATA) && base < 4) {
            base++;
            inputs.add("DPC +1: children's data (vulnerable individuals)");
        }
        return base;
    }

    private static double easeOfIdentification(BreachFacts facts, List<String> inputs) {
        if (facts.encryptedEstablished()) {
            inputs.add("EI 0.25: data encrypted (unintelligible)");
            return 0.25;
        }
        if (intersects(facts.dataCategories(), DIRECT_IDENTIFIERS)) {
            inputs.add("EI 1.00: directly identifying data");
            return 1.0;
        }
        inputs.add("EI 0.50: no direct identifier among the data");
        return 0.5;
    }

    private static double circumstances(BreachFacts facts, List<String> inputs) {
        double cb = 0;
        Cause cause = facts.cause();
        if (facts.unauthorizedAccessAssumed() || MALICIOUS.contains(cause)) {
            cb += 0.5;
            inputs.add("CB +0.50: loss of confidentiality to unknown recipients");
        } else if (cause == Cause.MISDIRECTION || cause == Cause.LOSS_OR_THEFT) {
            cb += 0.25;
            inputs.add("CB +0.25: loss of confidentiality to known or few recipients");
        }
        if (cause == Cause.LOSS_OR_THEFT) {
            cb += 0.25;
            inputs.add("CB +0.25: loss of availability");
        }
        if (MALICIOUS.contains(cause)) {
            cb += 0.5;
            inputs.add("CB +0.50: malicious intent (" + cause + ")");
        }
        return cb;
    }

    private static boolean intersects(Set<DataCategory> data, Set<DataCategory> group) {
        for (DataCategory category : data) {
            if (group.contains(category)) {
                return true;
            }
        }
        return false;
    }
}
