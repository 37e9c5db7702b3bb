package io.breachflow.cases;

import io.breachflow.incidents.IncidentRecords;
import io.breachflow.incidents.IncidentSummary;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The incident list: every incident with its awareness time, counts and next deadline. Incidents have
 * no closed state yet, so every reported incident is listed as open.
 */
@Controller
class IncidentListController {

    /** One list row: the summary and the countdown to its next deadline (null when none). */
    record Row(IncidentSummary incident, Countdown next) {
    }

    private final IncidentRecords incidents;
    private final Clock clock;

    IncidentListController(IncidentRecords incidents, ObjectProvider<Clock> clock) {
        this.incidents = incidents;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/incidents")
    String incidents(Model model) {
        Instant now = clock.instant();
        List<Row> rows = incidents.summaries().stream()
                .map(summary -> new Row(summary, Countdown.to(summary.nextDueAt(), now))).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("now", now);
        return "cases/list";
    }
}
