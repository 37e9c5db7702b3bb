package io.breachflow.notices.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the renderer finds a drafted letter version's content (the notices module's version store). */
@FunctionalInterface
public interface LetterVersionSource {

    Optional<Content> find(long versionId);

    /**
     * @param template the letter, e.g. {@code KR-PIPA/individual-notice}
     * @param languages the languages drafted, the first one the fallback for recipients of other languages
     * @param fields the incident-level fields as approved
     * @param approved whether the version is approved (only approved versions are sent)
     * @param status the version's status, for error messages
     */
    record Content(String template, List<String> languages, Map<String, String> fields, boolean approved,
            String status) {
    }
}
