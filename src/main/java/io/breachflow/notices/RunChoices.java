package io.breachflow.notices;

import java.util.List;

/**
 * What a "start notice run" form offers: the cohorts to pick by name (with their size) and the configured
 * pacing as defaults. The case's documents page gets it as a model attribute and renders the form from
 * {@code notices/start-run}, so the form and its checks live here.
 */
public record RunChoices(List<CohortSummary> cohorts, int messagesPerSecond, int sessions) {

    public RunChoices {
        cohorts = List.copyOf(cohorts);
    }
}
