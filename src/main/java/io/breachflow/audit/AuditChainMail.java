package io.breachflow.audit;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Mails what the auditors must hold outside Breachflow: every new checkpoint (to
 * {@code breachflow.audit.auditor-mail}), so a copy exists that neither the database's owner nor the
 * server's can reach, and every break (to the DPO and the auditors). A mail that cannot be sent is logged,
 * never fatal: the checkpoint file and the banner still carry the news.
 */
@Component
class AuditChainMail {

    private static final Logger log = LoggerFactory.getLogger(AuditChainMail.class);

    private final AuditProperties properties;
    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;

    AuditChainMail(AuditProperties properties, ObjectProvider<JavaMailSender> sender, MessageSource messages) {
        this.properties = properties;
        this.sender = sender;
        this.messages = messages;
    }

    void checkpoint(AuditCheckpoint checkpoint, String line) {
        send(Set.of(blankToEmpty(properties.auditorMail())), text("auditchain.mail.checkpoint.subject",
                checkpoint.sequence()), text("auditchain.mail.checkpoint.body", checkpoint.sequence(),
                checkpoint.at(), line));
    }

    @EventListener
    void on(AuditChainBroken broken) {
        Set<String> to = new LinkedHashSet<>();
        to.add(blankToEmpty(properties.dpoMail()));
        to.add(blankToEmpty(properties.auditorMail()));
        send(to, text("auditchain.mail.broken.subject", broken.brokenAt()),
                text("auditchain.mail.broken.body", broken.brokenAt(), broken.detectedAt().toString(), broken.problem()));
    }

    private void send(Set<String> addresses, String subject, String body) {
        JavaMailSender mail = sender.getIfAvailable();
        for (String address : addresses) {
            if (address.isEmpty() || mail == null) {
                continue;
            }
            try {
                MimeMessage message = mail.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
                helper.setFrom(properties.mailFrom());
                helper.setTo(address);
                helper.setSubject(subject);
                helper.setText(body);
                mail.send(message);
            } catch (MessagingException | MailException e) {
                log.error("Could not mail the audit chain notice '{}'", subject, e);
            }
        }
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ENGLISH);
    }

    private static String blankToEmpty(String address) {
        return address == null ? "" : address.strip();
    }
}
