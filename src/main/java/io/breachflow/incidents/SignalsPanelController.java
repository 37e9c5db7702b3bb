package io.breachflow.incidents;

import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * {@code /suspected-incidents/{id}/signals}: the signals behind a suspected incident as an HTML fragment,
 * the panel the triage task loads, so the officer decides with what was seen in front of them: where each
 * signal came from, how severe it was rated, when it was observed (in UTC: the database keeps the instant,
 * not the offset it was reported with), its type and summary. Read-only; an id with no signals shows that
 * there are none.
 *
 * <p>Signals describe security events (a system, an alert, a time), not people, so viewing them is not
 * personal-data access and is not written to the access log.
 */
@Controller
class SignalsPanelController {

    private final SuspectedIncidents suspected;

    SignalsPanelController(SuspectedIncidents suspected) {
        this.suspected = suspected;
    }

    @GetMapping("/suspected-incidents/{id}/signals")
    String signals(@PathVariable String id, Model model) {
        model.addAttribute("signals", suspected.signals(IncidentId.fromPath(id)));
        return "incidents/signals :: signals";
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String missing(NoSuchElementException missing, Model model) {
        model.addAttribute("status", 404);
        return "error";
    }
}
