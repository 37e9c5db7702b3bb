package io.breachflow.regimes.internal.rules;

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

    /** {@code 33700000} as {@code 33,700,000}; by hand because a NumberFormat per call is slow and not thread-safe to share. */
    public static String format(long count) {
        String digits = Long.toString(Math.abs(count));
        StringBuilder grouped = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (count < 0) {
            grouped.append('-');
        }
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.toString();
    }
}
