package io.breachflow.regimes.internal.web;

import io.breachflow.regimes.OpenObligations;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The deadline dashboard: every open obligation across incidents against now, overdue and at-risk
 * first, as a time-axis chart with the same rows as a table. The obligations come from whoever keeps
 * them ({@link OpenObligations}, the incidents module); without one the page is empty.
 */
@Controller
class DeadlinesController {

    private final ObjectProvider<OpenObligations> obligations;
    private final Clock clock;

    DeadlinesController(ObjectProvider<OpenObligations> obligations, ObjectProvider<Clock> clock) {
        this.obligations = obligations;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/deadlines")
    String deadlines(Model model) {
        List<OpenObligations.Tracked> open = obligations.stream().flatMap(o -> o.open().stream()).toList();
        model.addAttribute("chart", DeadlineChart.of(open, clock.instant()));
        model.addAttribute("now", clock.instant());
        return "regimes/deadlines";
    }
}
