package io.breachflow.regimes.internal.rules;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * A headcount threshold with the law's own comparison: "1,000 or more" ({@code atLeast}) is not
 * "more than 1,000" ({@code moreThan}) (regulations.md §0).
 */
public record Threshold(Long atLeast, Long moreThan) {

    public boolean test(long count) {
        return atLeast != null ? count >= atLeast : count > moreThan;
    }

    public String describe() {
        return atLeast != null ? format(atLeast) + " or more" : "more than " + format(moreThan);
    }

    public static String format(long count) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(count).replace('\u00a0', ',');
    }
}
