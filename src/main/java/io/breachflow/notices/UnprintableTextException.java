package io.breachflow.notices;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A draft holds characters no print font has, so its PDF (the approval copy, the postal letter, the report
 * filed) would show {@code #} where the text was: refused like a missing required item, with the characters
 * named, rather than approved and sent damaged.
 */
public class UnprintableTextException extends IllegalArgumentException {

    public UnprintableTextException(String message) {
        super(message);
    }

    /** "U+1C5A 'ᱚ', U+1C5B 'ᱛ'": the first five characters, as a person can look them up. */
    public static String describe(List<Integer> codePoints) {
        return codePoints.stream().limit(5)
                .map(cp -> String.format("U+%04X '%s'", cp, new String(Character.toChars(cp))))
                .collect(Collectors.joining(", ")) + (codePoints.size() > 5 ? " …" : "");
    }
}
