package io.breachflow.regimes;

import java.util.List;
import java.util.Map;

/**
 * Which languages a regime's documents are written in: the authority's own language first. The drafting
 * desk asks for one text per language, the render workers render each, so both read it here.
 */
public final class DocumentLanguages {

    private static final Map<String, List<String>> NOTICES = Map.of(
            "KR-PIPA", List.of("ko", "en"), "KR-NETWORK-ACT", List.of("ko", "en"),
            "JP-APPI", List.of("ja", "en"), "EU-GDPR", List.of("en"));

    /** Regimes whose report template exists in the authority's own language; others report in English. */
    private static final Map<String, String> REPORTS = Map.of("KR-PIPA", "ko", "KR-NETWORK-ACT", "ko", "JP-APPI", "ja");

    private DocumentLanguages() {
    }

    /** The language of a report to the regime's authority. */
    public static String report(String regime) {
        return REPORTS.getOrDefault(regime, "en");
    }

    /** The languages of a notice under the regime, the first being the main one. */
    public static List<String> notice(String regime) {
        return NOTICES.getOrDefault(regime, List.of("en"));
    }
}
