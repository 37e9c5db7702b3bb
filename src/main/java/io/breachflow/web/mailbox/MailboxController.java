package io.breachflow.web.mailbox;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The dev mailbox: what the embedded SMTP server received, and one message at a time. */
@Controller
@Profile("default")
class MailboxController {

    private final Mailbox mailbox;

    MailboxController(Mailbox mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping("/mailbox")
    String list(Model model) {
        model.addAttribute("deliveries", mailbox.deliveries());
        return "mailbox/list";
    }

    @GetMapping("/mailbox/{number}")
    String open(@PathVariable int number, Model model) {
        model.addAttribute("message", mailbox.open(number)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "mailbox/message";
    }
}
