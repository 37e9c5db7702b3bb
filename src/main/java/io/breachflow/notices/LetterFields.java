package io.breachflow.notices;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One text per language: a letter sent in Korean and English carries its fields twice, as
 * {@code whatHappened_ko} and {@code whatHappened_en}, so the English letter never prints the Korean
 * prose. A field without a language suffix is shared by every language (older versions drafted one set).
 * The templates keep reading {@code whatHappened}: {@link #forLanguage} picks the language's text.
 */
public final class LetterFields {

    private static final Pattern SUFFIXED = Pattern.compile("([a-zA-Z][a-zA-Z0-9]{0,63})_([a-z]{2})");

    private LetterFields() {
    }

    /** The field {@code name} as written for {@code language}: {@code whatHappened_en}. */
    public static String named(String name, String language) {
        return name + "_" + language;
    }

    /**
     * The fields a template in {@code language} sees: shared fields, overridden by that language's own text;
     * other languages' texts are left out.
     */
    public static Map<String, String> forLanguage(Map<String, String> fields, String language) {
        Map<String, String> shared = new LinkedHashMap<>();
        Map<String, String> own = new LinkedHashMap<>();
        fields.forEach((key, value) -> {
            Matcher suffixed = SUFFIXED.matcher(key);
            if (!suffixed.matches()) {
                shared.put(key, value);
            } else if (suffixed.group(2).equals(language)) {
                own.put(suffixed.group(1), value);
            }
        });
        shared.putAll(own);
        return shared;
    }

    /** The language a field name is written for, or null when it is shared. */
    public static String languageOf(String key) {
        Matcher suffixed = SUFFIXED.matcher(key);
        return suffixed.matches() ? suffixed.group(2) : null;
    }
}
