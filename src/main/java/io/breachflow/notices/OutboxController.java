package io.breachflow.notices;

import io.breachflow.notices.internal.OutboxSmsGateway;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The dev SMS outbox beside the mailbox: the texts notice runs "sent" in the default profile. */
@Controller
@Profile("default")
class OutboxController {

    private static final int SHOWN = 500;

    private final OutboxSmsGateway outbox;

    OutboxController(OutboxSmsGateway outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/outbox")
    String list(Model model) {
        model.addAttribute("texts", outbox.recent(SHOWN));
        return "notices/outbox";
    }
}
