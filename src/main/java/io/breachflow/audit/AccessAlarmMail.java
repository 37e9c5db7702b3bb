package io.breachflow.audit;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the DPO ({@code breachflow.audit.alarm.mail-to}) that an alarm went off: who, why, how many people
 * in the window and a link to the alarms page; never the data read or the address it was read from. Runs
 * after the access's transaction from the event publication registry, so a mail server outage retries.
 */
@Component
class AccessAlarmMail {

    private static final Logger log = LoggerFactory.getLogger(AccessAlarmMail.class);

    private final AccessAlarmProperties properties;
    private final MessageSource messages;
    private final ObjectProvider<JavaMailSender> sender;
    private final String baseUrl;

    AccessAlarmMail(AccessAlarmProperties properties, MessageSource messages, ObjectProvider<JavaMailSender> sender,
            org.springframework.core.env.Environment environment) {
        this.properties = properties;
        this.messages = messages;
        this.sender = sender;
        this.baseUrl = environment.getProperty("breachflow.web.public-base-url", "http://localhost:8080");
    }

    @ApplicationModuleListener
    void on(AccessAlarmRaised raised) throws MessagingException {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null || properties.mailTo().isBlank()) {
            log.warn("Access alarm {} raised, but no mail sender or recipient is configured", raised.alarmId());
            return;
        }
        Locale locale = Locale.forLanguageTag(properties.mailLanguage());
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.mailFrom());
        helper.setTo(properties.mailTo());
        helper.setSubject(messages.getMessage("alarm.mail.subject", new Object[] {raised.actor()}, locale));
        String reason = messages.getMessage("alarm.reason." + raised.reason(), null, locale);
        String kind = raised.kind() == null ? "—" : messages.getMessage("alarm.kind." + raised.kind(), null, locale);
        helper.setText(messages.getMessage("alarm.mail.body", new Object[] {raised.actor(), reason, kind,
                raised.peopleInWindow(), raised.threshold() == null ? "—" : raised.threshold(),
                DateTimeFormatter.ISO_INSTANT.format(raised.raisedAt()), baseUrl + "/audit/alarms"}, locale));
        try {
            mail.send(message);
        } catch (MailException failed) {
            log.warn("Mail about access alarm {} could not be sent; the publication registry retries it",
                    raised.alarmId());
            throw failed;
        }
    }
}
