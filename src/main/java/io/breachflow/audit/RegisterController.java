package io.breachflow.audit;

import io.breachflow.notices.NoticeRenotices;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The breach register page, its CSV export (logged in the personal-data access log: the register holds
 * free-text reasoning that may name people) and the DPO's record of remedial action.
 */
@Controller
class RegisterController {

    private static final int MAX_REMEDIAL_ACTION = 20_000;

    private final BreachRegister register;
    private final AccessLog accessLog;
    private final NoticeRenotices renotices;

    RegisterController(BreachRegister register, AccessLog accessLog, NoticeRenotices renotices) {
        this.register = register;
        this.accessLog = accessLog;
        this.renotices = renotices;
    }

    @GetMapping("/register")
    String register(Model model) {
        model.addAttribute("entries", register.entries());
        // regulator-ordered re-notices are part of the record of what was done (remedial action, GDPR Art. 33(5))
        model.addAttribute("renotices", renotices.byIncident());
        return "audit/register";
    }

    @GetMapping("/register/export.csv")
    void export(Authentication user, HttpServletResponse response) throws IOException {
        List<RegisterEntry> entries = register.entries();
        accessLog.record(user.getName(), new PersonalDataAccess(AccessKind.REGISTER_EXPORT,
                "breach register export", entries.size(), null, "breach register CSV export"));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"breach-register.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        RegisterCsv.write(entries, response.getWriter());
    }

    @PostMapping("/register/{incidentId}/remedial-action")
    String remedialAction(@PathVariable String incidentId, @RequestParam String remedialAction,
            RedirectAttributes redirect) {
        if (remedialAction.isBlank() || remedialAction.length() > MAX_REMEDIAL_ACTION) {
            redirect.addFlashAttribute("error", "register.remedialAction.invalid");
            return "redirect:/register";
        }
        try {
            register.recordRemedialAction(incidentId, remedialAction.strip());
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("message", "register.remedialAction.saved");
        return "redirect:/register";
    }
}
