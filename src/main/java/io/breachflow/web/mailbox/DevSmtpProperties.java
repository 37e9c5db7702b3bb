package io.breachflow.web.mailbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded SMTP server listens in the default profile.
 *
 * @param host the address to bind, loopback by default so nothing outside the machine can send
 * @param port the SMTP port; 0 picks a free port (tests), the mail sender follows the bound port
 */
@ConfigurationProperties("breachflow.mail.dev-smtp")
record DevSmtpProperties(@DefaultValue("127.0.0.1") String host, @DefaultValue("2525") int port) {
}
