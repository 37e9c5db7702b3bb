package io.breachflow.regimes;

import java.util.List;

/**
 * The risk conclusion the rules used, with its workings. When the facts give {@code highRisk} it is
 * taken as given; the ENISA-style severity (SE = DPC × EI + CB, regulations.md §14.1) is always
 * computed and shown, and decides when the facts leave the question open.
 *
 * @param given       the {@code highRisk} value from the facts, or null if it was left to the score
 * @param dpc         data processing context, 1–4
 * @param ei          ease of identification, 0.25–1
 * @param cb          circumstances of the breach
 * @param score       {@code dpc × ei + cb}
 * @param likelyRisk  whether a risk to individuals is likely (GDPR Art. 33 threshold)
 * @param highRisk    whether a high risk is likely (GDPR Art. 34, "significant/serious harm" elsewhere)
 * @param inputs      one line per input, saying where each number came from
 */
public record RiskAssessment(Boolean given, int dpc, double ei, double cb, double score, Band band,
                             boolean likelyRisk, boolean highRisk, List<String> inputs) {

    /** ENISA severity bands: SE &lt; 2 low, &lt; 3 medium, &lt; 4 high, otherwise very high. */
    public enum Band { LOW, MEDIUM, HIGH, VERY_HIGH }

    public RiskAssessment {
        inputs = List.copyOf(inputs);
    }

    /** Whether the conclusion came from the score rather than from the facts. */
    public boolean computed() {
        return given == null;
    }

    /** One line: the formula with its numbers and the band, e.g. {@code SE = 2 × 1.00 + 1.00 = 3.00 (HIGH)}. */
    public String formula() {
        return "SE = " + dpc + " × " + twoDecimals(ei) + " + " + twoDecimals(cb) + " = " + twoDecimals(score) + " (" + band + ")";
    }

    private static String twoDecimals(double value) {
        long hundredths = Math.round(value * 100);
        return hundredths / 100 + "." + (hundredths % 100 < 10 ? "0" : "") + hundredths % 100;
    }
}
