package io.breachflow.web.mailbox;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded SMTP server listens in the default profile.
 *
 * @param host the address to bind, loopback by default so nothing outside the machine can send
 * @param port the SMTP port; 0 picks a free port (tests), the mail sender follows the bound port
 * @param store where delivered mail is kept, one file per delivery, next to the H2 database by default
 * @param fsync whether each delivery is flushed to the disk before it is acknowledged (survives power
 *     loss, not only a crash of the application; two disk flushes per letter, so far fewer letters a second)
 */
@ConfigurationProperties("breachflow.mail.dev-smtp")
record DevSmtpProperties(@DefaultValue("127.0.0.1") String host, @DefaultValue("2525") int port,
        @DefaultValue("data/mailbox") Path store, @DefaultValue("false") boolean fsync) {
}
