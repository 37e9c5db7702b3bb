package io.breachflow.regimes.internal.web;

import io.breachflow.regimes.ObligationCatalog;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

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
        model.addAttribute("asOf", "");
        return VIEW;
    }

    /**
     * {@code asOf}, when given, applies the law in force on that day to every rule (what a breach found then
     * would have owed); blank, each rule follows the law in force when its own clock starts.
     */
    @PostMapping("/obligations")
    String evaluate(@ModelAttribute("form") WhatIfForm form,
            @RequestParam(name = "asOf", required = false) String asOf, Model model) {
        Map<String, String> errors = new LinkedHashMap<>(form.errors());
        LocalDate day = null;
        if (asOf != null && !asOf.isBlank()) {
            try {
                day = LocalDate.parse(asOf.strip());
            } catch (DateTimeParseException notADay) {
                errors.put("asOf", "obligations.asOf.invalid");
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("asOf", asOf == null ? "" : asOf.strip());
        if (errors.isEmpty()) {
            model.addAttribute("evaluation", day == null ? catalog.evaluate(form.toFacts())
                    : catalog.evaluate(form.toFacts(), day));
        }
        return VIEW;
    }
}
