package io.breachflow.incidents;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
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
 * {@code /incidents/{id}/police-referral}: an officer asks for the incident's police referral with a reason, the
 * same service as {@code POST /api/incidents/{id}/police-referral}. An incident has one referral: when it already
 * has one (the cause called for it, or someone asked first) the page says who asked and when, and links to its
 * evidence; a blank reason comes back beside its field.
 */
@Controller
class PoliceReferralController {

    private static final String VIEW = "incidents/police-referral";

    /** The form as typed. */
    record ReferralForm(String reason) {
    }

    private final LawEnforcementRequests requests;
    private final IncidentIntake intake;

    PoliceReferralController(LawEnforcementRequests requests, IncidentIntake intake) {
        this.requests = requests;
        this.intake = intake;
    }

    @GetMapping("/incidents/{id}/police-referral")
    String page(@PathVariable String id, Model model) {
        return render(existing(id), new ReferralForm(""), Map.of(), model);
    }

    @PostMapping("/incidents/{id}/police-referral")
    String request(@PathVariable String id, @ModelAttribute ReferralForm form, Authentication user, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        IncidentId incident = existing(id);
        Map<String, String> errors = new LinkedHashMap<>();
        String reason = FormInput.text(form.reason(), "reason", true, 2000, errors);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(incident, form, errors, model);
        }
        boolean started = requests.requestReferral(incident, user.getName(), reason);
        redirect.addFlashAttribute("flash", started ? "casework.referral.started" : "casework.referral.exists");
        return "redirect:/incidents/" + incident + "/police-referral";
    }

    @ExceptionHandler(NoSuchElementException.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "error";
    }

    private String render(IncidentId incident, ReferralForm form, Map<String, String> errors, Model model) {
        model.addAttribute("incidentId", incident.toString());
        model.addAttribute("title", intake.currentFacts(incident).title());
        model.addAttribute("referral", requests.referral(incident).orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return VIEW;
    }

    private IncidentId existing(String id) {
        IncidentId incident = IncidentId.fromPath(id);
        intake.currentFacts(incident);
        return incident;
    }
}
