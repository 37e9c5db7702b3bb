package io.breachflow.regimes.internal.web;

import io.breachflow.regimes.ObligationCatalog;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The what-if page: facts in, obligations out, over the same catalog as the API. POST renders the
 * result instead of redirecting because nothing is stored: there is no state to show elsewhere.
 */
@Controller
class ObligationsPageController {

    private static final String VIEW = "regimes/obligations";

    private final ObligationCatalog catalog;
    private final Clock clock;

    ObligationsPageController(ObligationCatalog catalog, ObjectProvider<Clock> clock) {
        this.catalog = catalog;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/obligations")
    String form(Model model) {
        model.addAttribute("form", WhatIfForm.example(OffsetDateTime.now(clock)));
        model.addAttribute("errors", Map.of());
        return VIEW;
    }

    @PostMapping("/obligations")
    String evaluate(@ModelAttribute("form") WhatIfForm form, Model model) {
        Map<String, String> errors = form.errors();
        model.addAttribute("errors", errors);
        if (errors.isEmpty()) {
            model.addAttribute("evaluation", catalog.evaluate(form.toFacts()));
        }
        return VIEW;
    }
}
