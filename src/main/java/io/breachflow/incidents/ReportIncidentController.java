package io.breachflow.incidents;

import io.breachflow.regimes.ObligationCatalog;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * {@code /incidents/new}: the facts of {@code POST /api/incidents} as a form, with the obligations they
 * give rise to previewed beside it as they are typed (htmx posts the form to {@code …/preview}, which
 * stores nothing). Success redirects to the incident's workspace. {@code /incidents/{id}/risk} is the
 * risk score with its inputs for the current facts, the panel the triage and risk forms load.
 */
@Controller
class ReportIncidentController {

    private static final String VIEW = "incidents/report";

    private final IncidentIntake intake;
    private final ObligationCatalog catalog;
    private final Validator validator;
    private final Clock clock;

    ReportIncidentController(IncidentIntake intake, ObligationCatalog catalog, Validator validator,
            ObjectProvider<Clock> clock) {
        this.intake = intake;
        this.catalog = catalog;
        this.validator = validator;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/incidents/new")
    String form(Model model) {
        ReportForm form = ReportForm.blank(OffsetDateTime.now(clock));
        model.addAttribute("form", form);
        model.addAttribute("errors", Map.of());
        return VIEW;
    }

    @PostMapping("/incidents/new/preview")
    String preview(@ModelAttribute("form") ReportForm form, Model model) {
        Map<String, String> errors = form.errors(validator);
        model.addAttribute("errors", errors);
        if (errors.isEmpty()) {
            model.addAttribute("evaluation", catalog.evaluate(form.toJson().toFacts()));
        }
        return VIEW + " :: preview";
    }

    @PostMapping("/incidents/new")
    String report(@ModelAttribute("form") ReportForm form, Authentication user, Model model,
            HttpServletResponse response) {
        Map<String, String> errors = form.errors(validator);
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            response.setStatus(400);
            return VIEW;
        }
        IncidentIntake.Reported reported = intake.report(form.toJson(), user.getName());
        return "redirect:/incidents/" + reported.id();
    }

    @GetMapping("/incidents/{id}/risk")
    String risk(@PathVariable String id, Model model) {
        IncidentId incident;
        try {
            incident = IncidentId.of(id);
        } catch (IllegalArgumentException e) {
            throw new NoSuchElementException("Expected an incident id, but got a malformed one");
        }
        try {
            model.addAttribute("risk", catalog.evaluate(intake.currentFacts(incident)).risk());
        } catch (NoSuchElementException notYetAnIncident) {
            // a suspected incident under triage has no recorded facts yet: say so instead of failing
            model.addAttribute("risk", null);
        }
        return "incidents/risk :: risk";
    }

    @ExceptionHandler
    @ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    String missing(NoSuchElementException missing, Model model) {
        model.addAttribute("status", 404);
        return "error";
    }
}
