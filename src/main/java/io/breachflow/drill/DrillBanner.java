package io.breachflow.drill;

import java.time.Instant;
import java.util.Locale;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the drill's state on every page of the drill profile, for the DRILL banner ({@code templates/drill/banner.html},
 * included once by the layout): which scenario, the drill time and the pace. The default profile has no such bean,
 * so its pages show no banner and offer no drill controls.
 */
@ControllerAdvice
@Profile("drill")
class DrillBanner {

    private final Drills drills;
    private final DrillReports reports;

    DrillBanner(Drills drills, DrillReports reports) {
        this.drills = drills;
        this.reports = reports;
    }

    /**
     * @param scenarioKey message key of the running scenario's name, or null between drills
     * @param nowText the drill time in the scenario's zone
     * @param paceText the pace in words ("1 h"), or null while paused or between drills
     * @param rate drill milliseconds per real millisecond, 0 while paused
     */
    record State(String scenarioKey, Instant now, String nowText, String paceText, double rate) {
    }

    @ModelAttribute("drillBanner")
    State drillBanner(Locale locale) {
        DrillRun run = drills.current().orElse(null);
        Scenario scenario = run == null ? null : Scenarios.find(run.scenario()).orElse(null);
        DrillWords words = reports.words(locale, scenario == null ? java.time.ZoneId.of("UTC") : scenario.zone());
        Instant now = drills.now();
        return new State(scenario == null ? null : scenario.nameKey(), now, words.at(now),
                run == null || run.paused() ? null : words.span(run.pace()), run == null ? 0 : run.rate());
    }
}
