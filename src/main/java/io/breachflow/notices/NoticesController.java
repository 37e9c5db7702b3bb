package io.breachflow.notices;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The notice runs. None exist yet, so the list is empty. */
@Controller
class NoticesController {

    @GetMapping("/notices")
    String notices() {
        return "notices/list";
    }
}
