package io.breachflow.web;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts what the shared layout needs into every UI model, so page controllers stay unaware of it.
 */
@ControllerAdvice
class LayoutModel {

    private final boolean mailboxAvailable;

    LayoutModel(Environment environment) {
        this.mailboxAvailable = environment.acceptsProfiles(Profiles.of("default | drill"));
    }

    /** The dev mailbox exists only in the default profile; the layout links to it only then. */
    @ModelAttribute("mailboxAvailable")
    boolean mailboxAvailable() {
        return mailboxAvailable;
    }
}
