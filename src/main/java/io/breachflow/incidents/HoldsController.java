package io.breachflow.incidents;

import io.breachflow.regimes.LawEnforcementHolds;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /incidents/{id}/holds}: law-enforcement requests to hold notices back, recorded and lifted from the web,
 * the same as {@code POST /api/incidents/{id}/law-enforcement-holds}. The page lists each request with the notices
 * it held (deadline before and after, and the law that allows it) and, beside the form, where the law lets the
 * police delay a notice and where it does not, so nobody assumes a clock stopped that did not. Recording the same
 * request twice is the same hold; the page says so and nothing moves again.
 */
@Controller
class HoldsController {

    private static final String VIEW = "incidents/holds";

    /** The form as typed: strings, so a typo comes back next to its field. */
    record HoldForm(String agency, String reference, String requestedAt, String holdUntil, String note) {
    }

    private final LawEnforcementRequests requests;
    private final IncidentIntake intake;
    private final Clock clock;

    HoldsController(LawEnforcementRequests requests, IncidentIntake intake, ObjectProvider<Clock> clock) {
        this.requests = requests;
        this.intake = intake;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/incidents/{id}/holds")
    String page(@PathVariable String id, Model model) {
        String now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MINUTES).toString();
        return render(existing(id), new HoldForm("", "", now, "", ""), Map.of(), model);
    }

    @PostMapping("/incidents/{id}/holds")
    String record(@PathVariable String id, @ModelAttribute HoldForm form, Authentication user, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        IncidentId incident = existing(id);
        Map<String, String> errors = new LinkedHashMap<>();
        String agency = FormInput.text(form.agency(), "agency", true, 200, errors);
        String reference = FormInput.text(form.reference(), "reference", true, 100, errors);
        OffsetDateTime requestedAt = FormInput.time(form.requestedAt(), "requestedAt", true, errors);
        OffsetDateTime holdUntil = FormInput.time(form.holdUntil(), "holdUntil", true, errors);
        String note = FormInput.text(form.note(), "note", false, 2000, errors);
        if (requestedAt != null && holdUntil != null && !holdUntil.isAfter(requestedAt)) {
            errors.put("holdUntil", "casework.error.holdUntil.order");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(incident, form, errors, model);
        }
        LawEnforcementRequests.HoldRecorded recorded = requests.recordHold(incident,
                new LawEnforcementRequests.HoldRequest(requestedAt, holdUntil, agency, reference, note, null),
                user.getName());
        redirect.addFlashAttribute("flash", recorded.alreadyRecorded() ? "casework.holds.again"
                : "casework.holds.recorded");
        redirect.addFlashAttribute("flashArgument", recorded.held().size());
        return "redirect:/incidents/" + incident + "/holds#hold-" + recorded.holdId();
    }

    @PostMapping("/incidents/{id}/holds/{holdId}/lift")
    String lift(@PathVariable String id, @PathVariable String holdId, Authentication user,
            RedirectAttributes redirect) {
        IncidentId incident = existing(id);
        int released = requests.liftHold(incident, holdId, user.getName()).size();
        redirect.addFlashAttribute("flash", "casework.holds.lifted");
        redirect.addFlashAttribute("flashArgument", released);
        return "redirect:/incidents/" + incident + "/holds#hold-" + holdId;
    }

    private String render(IncidentId incident, HoldForm form, Map<String, String> errors, Model model) {
        model.addAttribute("incidentId", incident.toString());
        model.addAttribute("title", intake.currentFacts(incident).title());
        model.addAttribute("holds", requests.holds(incident));
        model.addAttribute("unholdable", requests.unholdable(incident));
        model.addAttribute("allowed", LawEnforcementHolds.all());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("now", clock.instant());
        return VIEW;
    }

    @ExceptionHandler(NoSuchElementException.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "error";
    }

    private IncidentId existing(String id) {
        IncidentId incident = IncidentId.fromPath(id);
        intake.currentFacts(incident);
        return incident;
    }
}
