package io.breachflow.notices;

import io.breachflow.notices.internal.OutboxSmsGateway;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dev SMS outbox beside the mailbox: the texts notice runs "sent" in the default profile. The texts
 * name people and their numbers, so each view is published as {@link OutboxRead} for the access log,
 * synchronously, before the page is rendered.
 */
@Controller
@Profile("default | drill")
class OutboxController {

    private static final int SHOWN = 500;

    private final OutboxSmsGateway outbox;
    private final ApplicationEventPublisher events;

    OutboxController(OutboxSmsGateway outbox, ApplicationEventPublisher events) {
        this.outbox = outbox;
        this.events = events;
    }

    @GetMapping("/outbox")
    String list(Authentication user, Model model) {
        List<OutboxSmsGateway.Text> texts = outbox.recent(SHOWN);
        if (!texts.isEmpty()) {
            events.publishEvent(new OutboxRead(user.getName(), texts.size(),
                    texts.stream().map(OutboxSmsGateway.Text::phone).distinct().count()));
        }
        model.addAttribute("texts", texts);
        return "notices/outbox";
    }
}
