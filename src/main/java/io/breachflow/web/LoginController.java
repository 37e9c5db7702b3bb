package io.breachflow.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page (Spring Security processes {@code POST /login}) and the way from {@code /} to work. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "web/login";
    }

    @GetMapping("/")
    String home() {
        return "redirect:/inbox";
    }
}
