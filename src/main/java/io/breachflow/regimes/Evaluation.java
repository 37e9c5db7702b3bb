package io.breachflow.regimes;

import java.util.List;

/** The obligations one set of facts gives rise to, those checked and not required, and the risk used. */
public record Evaluation(List<Obligation> obligations, List<NotRequired> notRequired, RiskAssessment risk) {

    public Evaluation {
        obligations = List.copyOf(obligations);
        notRequired = List.copyOf(notRequired);
    }
}
