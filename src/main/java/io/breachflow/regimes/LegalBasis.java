package io.breachflow.regimes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * An obligation's legal basis as people read it ({@code @legalBasis} in templates): the citation and reading,
 * and apart from it each reading the law base marks as not confirmed yet — the basis carries those as
 * {@code [UNCONFIRMED (flag …): note]}, which pages show as "needs legal review" and the note, not as the flag.
 */
@Component("legalBasis")
public class LegalBasis {

    private static final Pattern UNCONFIRMED = Pattern.compile("\\s*\\[UNCONFIRMED \\(flag [^)]*\\): (.*?)]");

    /** The basis split for reading. */
    public record Parts(String text, List<String> unconfirmed) {
    }

    /** {@code basis} split into its confirmed text and its unconfirmed notes; null stays null text and no notes. */
    public static Parts split(String basis) {
        if (basis == null) {
            return new Parts(null, List.of());
        }
        List<String> notes = new ArrayList<>();
        Matcher matcher = UNCONFIRMED.matcher(basis);
        while (matcher.find()) {
            notes.add(matcher.group(1).strip());
        }
        return new Parts(UNCONFIRMED.matcher(basis).replaceAll("").strip(), List.copyOf(notes));
    }

    /** {@link #split} for templates. */
    public Parts of(String basis) {
        return split(basis);
    }
}
