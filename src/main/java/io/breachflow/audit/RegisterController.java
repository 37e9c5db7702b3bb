package io.breachflow.audit;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The breach register; no breaches are recorded yet, so it is empty. */
@Controller
class RegisterController {

    @GetMapping("/register")
    String register() {
        return "audit/register";
    }
}
