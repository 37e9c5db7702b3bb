package io.breachflow.regimes.internal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The deadline overview; it fills once incidents carry obligations (their module owns the state). */
@Controller
class DeadlinesController {

    @GetMapping("/deadlines")
    String deadlines() {
        return "regimes/deadlines";
    }
}
