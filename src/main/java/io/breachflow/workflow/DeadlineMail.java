package io.breachflow.workflow;

import io.breachflow.incidents.IncidentId;
import io.breachflow.incidents.IncidentIntake;
import io.breachflow.regimes.BreachFacts;
import io.breachflow.tasklist.HumanTask;
import io.breachflow.tasklist.HumanTasks;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails reminders to the teams whose tasks keep an obligation open, and tells the DPO when an obligation is
 * at risk (its last reminder point) or overdue. Runs after the worker's transaction, from the event
 * publication registry, so a mail server outage retries instead of losing the reminder (a retry after a
 * partial failure may repeat a mail to someone it already reached: at least once, never lost).
 *
 * <p>Every person gets exactly one mail per event, addressed to them alone and in their language
 * ({@code breachflow.workflow.mail.languages}): addresses are compared ignoring case and display names, so
 * the DPO who is also a team's address (the {@code dpo} group) is told once, and a mail addressed to
 * several people does not show up once per delivery in each of their mailboxes. What it says is in
 * {@link DeadlineMailText}: the obligation's name, the incident's title, the deadline in the regime's zone and
 * absolute links, never personal data, keys or raw codes.
 */
@Component
class DeadlineMail {

    private static final Logger log = LoggerFactory.getLogger(DeadlineMail.class);

    private final HumanTasks tasks;
    private final IncidentIntake incidents;
    private final DeadlineMailText text;
    private final WorkflowProperties.Mail mail;
    private final ObjectProvider<JavaMailSender> sender;
    private final Clock clock;

    DeadlineMail(HumanTasks tasks, IncidentIntake incidents, DeadlineMailText text, WorkflowProperties properties,
            ObjectProvider<JavaMailSender> sender, ObjectProvider<Clock> clock) {
        this.tasks = tasks;
        this.incidents = incidents;
        this.text = text;
        this.mail = properties.mail();
        this.sender = sender;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @ApplicationModuleListener
    void on(DeadlineReminderDue due) {
        DeadlineMailText.Occasion occasion = due.atRisk() ? DeadlineMailText.Occasion.AT_RISK
                : DeadlineMailText.Occasion.REMINDER;
        send(new DeadlineMailText.Event(occasion, due.incidentId(), due.obligationKey(), due.dueAt() != null,
                time(due.deadlineAt() != null ? due.deadlineAt() : due.dueAt()),
                due.remindedAt() != null ? due.remindedAt() : clock.instant()));
    }

    @ApplicationModuleListener
    void on(ObligationOverdue overdue) {
        send(new DeadlineMailText.Event(DeadlineMailText.Occasion.OVERDUE, overdue.incidentId(),
                overdue.obligationKey(), overdue.dueAt() != null,
                time(overdue.deadlineAt() != null ? overdue.deadlineAt() : overdue.dueAt()), clock.instant()));
    }

    private void send(DeadlineMailText.Event event) {
        JavaMailSender mailSender = sender.getIfAvailable();
        List<HumanTask> open = tasks.openForSubject(event.incidentId(), event.obligationKey());
        List<Recipient> recipients = recipients(open, event.occasion().tellsTheDpo());
        if (mailSender == null || recipients.isEmpty()) {
            log.info("No deadline mail sent for {} of incident {}: {}", event.obligationKey(), event.incidentId(),
                    mailSender == null ? "no mail sender configured" : "no recipients configured");
            return;
        }
        DeadlineMailText.Incident incident = incident(event.incidentId());
        List<MimeMessage> messages = new ArrayList<>();
        for (Recipient recipient : recipients) {
            List<HumanTask> theirs = recipient.dpo() ? open : open.stream()
                    .filter(task -> task.candidateGroups().stream().anyMatch(recipient.groups()::contains)).toList();
            DeadlineMailText.Mail composed = text.compose(event, incident, recipient.language(), recipient.dpo(),
                    theirs);
            messages.add(message(mailSender, recipient.address(), composed));
        }
        mailSender.send(messages.toArray(MimeMessage[]::new));
    }

    private MimeMessage message(JavaMailSender mailSender, String to, DeadlineMailText.Mail composed) {
        MimeMessage message = mailSender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(mail.from());
            helper.setTo(to);
            helper.setSubject(composed.subject());
            helper.setText(composed.body());
        } catch (MessagingException unaddressable) {
            throw new IllegalStateException("Expected a valid address in breachflow.workflow.mail, but got " + to,
                    unaddressable);
        }
        return message;
    }

    /**
     * One entry per person: the teams' addresses of the open tasks' candidate groups, then the DPO when told;
     * an address configured twice (the DPO as the {@code dpo} group's address too) is one person.
     */
    private List<Recipient> recipients(List<HumanTask> open, boolean dpo) {
        Map<String, Recipient> byAddress = new LinkedHashMap<>();
        for (HumanTask task : open) {
            for (String group : task.candidateGroups()) {
                String address = mail.groups().get(group);
                if (address != null && !address.isBlank()) {
                    byAddress.computeIfAbsent(WorkflowProperties.Mail.normalized(address),
                            normalized -> new Recipient(address, mail.languageOf(address), false, new LinkedHashSet<>()))
                            .groups().add(group);
                }
            }
        }
        if (dpo && mail.dpo() != null && !mail.dpo().isBlank()) {
            String normalized = WorkflowProperties.Mail.normalized(mail.dpo());
            Recipient team = byAddress.remove(normalized);
            byAddress.put(normalized, new Recipient(mail.dpo(), mail.languageOf(mail.dpo()), true,
                    team == null ? new LinkedHashSet<>() : team.groups()));
        }
        return List.copyOf(byAddress.values());
    }

    private DeadlineMailText.Incident incident(String incidentId) {
        try {
            BreachFacts facts = incidents.currentFacts(IncidentId.of(incidentId));
            return new DeadlineMailText.Incident(incidentId, facts.title(), facts.awareAt());
        } catch (NoSuchElementException | IllegalArgumentException unknown) {
            return new DeadlineMailText.Incident(incidentId, null, null);
        }
    }

    private static OffsetDateTime time(String text) {
        try {
            return text == null ? null : OffsetDateTime.parse(text);
        } catch (DateTimeParseException notATime) {
            return null;
        }
    }

    /** One person to mail: their address as configured, their language, whether they are the DPO, their teams. */
    private record Recipient(String address, Locale language, boolean dpo, Set<String> groups) {
    }
}
