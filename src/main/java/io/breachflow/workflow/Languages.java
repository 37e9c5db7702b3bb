package io.breachflow.workflow;

import java.util.List;
import java.util.Map;

/** Which languages a regime's documents are drafted in: the authority's language first. */
final class Languages {

    private static final Map<String, List<String>> NOTICES = Map.of(
            "KR-PIPA", List.of("ko", "en"), "KR-NETWORK-ACT", List.of("ko", "en"),
            "JP-APPI", List.of("ja", "en"), "EU-GDPR", List.of("en"));

    private Languages() {
    }

    /** Regimes whose report template exists in the authority's own language; others report in English. */
    private static final Map<String, String> REPORTS = Map.of("KR-PIPA", "ko", "KR-NETWORK-ACT", "ko", "JP-APPI", "ja");

    static String reportLanguage(String regime) {
        return REPORTS.getOrDefault(regime, "en");
    }

    static List<String> noticeLanguages(String regime) {
        return NOTICES.getOrDefault(regime, List.of("en"));
    }
}
