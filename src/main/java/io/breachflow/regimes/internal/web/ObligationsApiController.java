package io.breachflow.regimes.internal.web;

import io.breachflow.regimes.BreachFactsJson;
import io.breachflow.regimes.Evaluation;
import io.breachflow.regimes.NotRequired;
import io.breachflow.regimes.Obligation;
import io.breachflow.regimes.ObligationCatalog;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/obligations/evaluate} (design.md §7): facts in, obligations out; stores nothing. */
@RestController
class ObligationsApiController {

    private final ObligationCatalog catalog;

    ObligationsApiController(ObligationCatalog catalog) {
        this.catalog = catalog;
    }

    /** The response body: exactly the two lists of design.md §7. */
    record EvaluateResponse(List<Obligation> obligations, List<NotRequired> notRequired) {
    }

    @PostMapping("/api/obligations/evaluate")
    EvaluateResponse evaluate(@Valid @RequestBody BreachFactsJson facts) {
        Evaluation evaluation = catalog.evaluate(facts.toFacts());
        return new EvaluateResponse(evaluation.obligations(), evaluation.notRequired());
    }
}
