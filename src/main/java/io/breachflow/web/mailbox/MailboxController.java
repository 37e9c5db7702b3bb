package io.breachflow.web.mailbox;

import io.breachflow.audit.AccessKind;
import io.breachflow.audit.AccessLog;
import io.breachflow.audit.PersonalDataAccess;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The dev mailbox: what the embedded SMTP server received, a page at a time (newest first, {@code size}
 * 10–200, default 50, optionally narrowed by {@code q}), and one message at a time. Mail names people and
 * their addresses, so every page and message shown is written to the personal-data access log; the entry
 * says which page or message, never the search, which may be a name.
 */
@Controller
@Profile("default | drill")
class MailboxController {

    static final int PAGE_SIZE = 50;
    static final int MIN_PAGE_SIZE = 10;
    static final int MAX_PAGE_SIZE = 200;
    /** Why anyone opens the dev mailbox: to see what a notice run delivered. */
    static final String PURPOSE = "dev mailbox: delivery check";

    private final Mailbox mailbox;
    private final AccessLog accessLog;

    MailboxController(Mailbox mailbox, AccessLog accessLog) {
        this.mailbox = mailbox;
        this.accessLog = accessLog;
    }

    @GetMapping("/mailbox")
    String list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + PAGE_SIZE) int size,
            @RequestParam(required = false) String q, Authentication user, Model model) {
        String search = q == null || q.isBlank() ? null : q.strip();
        Mailbox.Page shown = mailbox.page(page, Math.min(Math.max(size, MIN_PAGE_SIZE), MAX_PAGE_SIZE), search);
        if (!shown.deliveries().isEmpty()) {
            accessLog.record(user.getName(), new PersonalDataAccess(AccessKind.MAILBOX, PURPOSE,
                    shown.deliveries().size(), null, "mailbox " + (search == null ? "list" : "search") + " page "
                    + (shown.page() + 1) + " (" + shown.deliveries().size() + " messages)"));
        }
        model.addAttribute("mail", shown);
        model.addAttribute("q", search);
        return "mailbox/list";
    }

    @GetMapping("/mailbox/{number}")
    String open(@PathVariable int number, Authentication user, Model model) {
        model.addAttribute("message", mailbox.open(number)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        accessLog.record(user.getName(), new PersonalDataAccess(AccessKind.MAILBOX, PURPOSE, 1, null,
                "mailbox message " + number));
        return "mailbox/message";
    }
}
