package io.breachflow.notices;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A run was refused because its letter would go by post with characters that none of the print fonts has
 * (they would print as {@code #}). Like a content-hash mismatch it is an {@link IllegalStateException}: the
 * REST API answers 409 with the message, the workflow's job fails with it, the runs page shows it. The
 * message names the letter, its language and the characters with their scripts; it never holds personal
 * data (the check is on the letter's own text, not on names).
 */
public class UnprintableLetterException extends IllegalStateException {

    /** At most this many characters are named; the rest are counted. */
    private static final int NAMED = 10;

    private final String template;
    private final String language;
    private final transient List<Integer> codePoints;

    public UnprintableLetterException(String template, String language, List<Integer> codePoints) {
        super("Expected the postal channel to print every character of letter " + template + " in " + language
                + ", but no print font has " + describe(codePoints) + "; add a TrueType font that has them to "
                + "breachflow.notices.post.fonts");
        this.template = template;
        this.language = language;
        this.codePoints = List.copyOf(codePoints);
    }

    public String template() {
        return template;
    }

    public String language() {
        return language;
    }

    /** The distinct characters no font has, in the order they appear in the letter. */
    public List<Integer> codePoints() {
        return codePoints;
    }

    /** The characters, e.g. {@code U+1C5A 'ᱚ' (Ol Chiki), U+1C63 'ᱣ' (Ol Chiki)}. */
    public String characters() {
        return describe(codePoints);
    }

    static String describe(List<Integer> codePoints) {
        String named = codePoints.stream().limit(NAMED).map(UnprintableLetterException::describe)
                .collect(Collectors.joining(", "));
        return codePoints.size() > NAMED ? named + " and " + (codePoints.size() - NAMED) + " more" : named;
    }

    private static String describe(int cp) {
        return String.format(Locale.ROOT, "U+%04X '%s' (%s)", cp, new String(Character.toChars(cp)), script(cp));
    }

    /** {@code OL_CHIKI} as {@code Ol Chiki}. */
    private static String script(int cp) {
        String name = Character.UnicodeScript.of(cp).name().toLowerCase(Locale.ROOT);
        StringBuilder words = new StringBuilder();
        for (String word : name.split("_")) {
            words.append(words.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0)))
                    .append(word.substring(1));
        }
        return words.toString();
    }
}
