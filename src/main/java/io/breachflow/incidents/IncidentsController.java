package io.breachflow.incidents;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The incident list. No intake exists yet, so the list is empty. */
@Controller
class IncidentsController {

    @GetMapping("/incidents")
    String incidents() {
        return "incidents/list";
    }
}
