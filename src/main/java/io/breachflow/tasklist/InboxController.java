package io.breachflow.tasklist;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The inbox: the tasks waiting for the signed-in person. Nothing creates tasks yet, so it is empty. */
@Controller
class InboxController {

    @GetMapping("/inbox")
    String inbox() {
        return "tasklist/inbox";
    }
}
