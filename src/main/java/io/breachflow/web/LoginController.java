package io.breachflow.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page (Spring Security processes {@code POST /login}) and the way from {@code /} to work. A
 * throttled login comes back as {@code ?locked}; the page then says how long to wait, the same words for
 * every user name so it does not tell which accounts exist.
 */
@Controller
class LoginController {

    private final SecurityProperties properties;

    LoginController(SecurityProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("lockoutMinutes", Math.max(1, properties.login().lockout().toMinutes()));
        return "web/login";
    }

    @GetMapping("/")
    String home() {
        return "redirect:/inbox";
    }
}
