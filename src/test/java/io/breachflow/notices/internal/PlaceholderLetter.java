package io.breachflow.notices.internal;

import io.breachflow.notices.ApprovedLetter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dispatch engine's placeholder letter {@code generic/notice} (no fields) as approved version 1 of a
 * stand-in version store. The engine sends only approved versions, in tests and benchmarks as in the
 * application; this store is test code, so nothing in the application can send an unapproved letter.
 */
public final class PlaceholderLetter {

    /** What a run of the placeholder names. */
    public static final String TEMPLATE = "generic/notice@v1";

    /** Version 1 as the stand-in store holds it. */
    public static final LetterVersionSource.Content VERSION = new LetterVersionSource.Content("generic/notice",
            List.of("ko", "en", "ja"), Map.of(), true, "APPROVED");

    private PlaceholderLetter() {
    }

    /** A renderer over {@code templates/letters} whose version 1 is the approved placeholder. */
    public static LetterRenderer renderer() {
        LetterRenderer letters = new LetterRenderer(Path.of("templates/letters"));
        letters.useVersions(id -> id == 1 ? Optional.of(VERSION) : Optional.empty());
        return letters;
    }

    /** The placeholder as a run names it, with its content hash. */
    public static ApprovedLetter letter(LetterRenderer letters) {
        return new ApprovedLetter(TEMPLATE, "1", letters.contentHash(TEMPLATE));
    }
}
