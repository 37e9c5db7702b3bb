package io.breachflow.workflow;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Absolute links for mail, under {@code breachflow.web.public-base-url}: the task page and the incident
 * workspace, opened in the reader's language ({@code ?lang=}). A link may carry an id; the text around it
 * never does.
 */
@Component
class MailLinks {

    private static final Logger log = LoggerFactory.getLogger(MailLinks.class);

    private final String base;

    MailLinks(PublicWebProperties properties, Environment environment) {
        this.base = properties.base();
        String host = properties.publicBaseUrl().getHost();
        if (!environment.acceptsProfiles(Profiles.of("default | drill"))
                && ("localhost".equalsIgnoreCase(host) || host.startsWith("127."))) {
            log.warn("Links in reminder mail point at {}; set breachflow.web.public-base-url "
                    + "(BREACHFLOW_PUBLIC_BASE_URL) to the address people open Breachflow at", base);
        }
    }

    /** {@code <base>/tasks/{id}?lang=ko}. */
    String task(long taskId, Locale language) {
        return link("/tasks/{id}", String.valueOf(taskId), language);
    }

    /** {@code <base>/incidents/{id}?lang=ko}: the incident workspace. */
    String incident(String incidentId, Locale language) {
        return link("/incidents/{id}", incidentId, language);
    }

    private String link(String path, String id, Locale language) {
        return UriComponentsBuilder.fromUriString(base).path(path).queryParam("lang", language.toLanguageTag())
                .buildAndExpand(id).encode().toUriString();
    }
}
