package io.breachflow.regimes;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Obligations (what-if evaluation) and the deadline overview; no rules are loaded yet. */
@Controller
class ObligationsController {

    @GetMapping("/obligations")
    String obligations() {
        return "regimes/obligations";
    }

    @GetMapping("/deadlines")
    String deadlines() {
        return "regimes/deadlines";
    }
}
