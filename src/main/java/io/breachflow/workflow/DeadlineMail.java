package io.breachflow.workflow;

import io.breachflow.tasklist.HumanTask;
import io.breachflow.tasklist.HumanTasks;
import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails reminders to the teams whose tasks keep an obligation open, and tells the DPO when an obligation is
 * at risk (its last reminder point) or overdue. Mail carries the incident reference, the obligation and its
 * deadline only — no personal data — and links to the workspace. Runs after the worker's transaction, from
 * the event publication registry, so a mail server outage retries instead of losing the reminder.
 */
@Component
class DeadlineMail {

    private static final Logger log = LoggerFactory.getLogger(DeadlineMail.class);

    private final HumanTasks tasks;
    private final WorkflowProperties.Mail mail;
    private final ObjectProvider<JavaMailSender> sender;

    DeadlineMail(HumanTasks tasks, WorkflowProperties properties, ObjectProvider<JavaMailSender> sender) {
        this.tasks = tasks;
        this.mail = properties.mail();
        this.sender = sender;
    }

    @ApplicationModuleListener
    void on(DeadlineReminderDue due) {
        Set<String> to = teams(due.incidentId(), due.obligationKey());
        if (due.atRisk()) {
            to.add(mail.dpo());
        }
        send(to, (due.atRisk() ? "At risk: " : "Reminder: ") + due.obligationKey() + " is due " + text(due.dueAt()),
                due.incidentId(), due.obligationKey(), due.dueAt());
    }

    @ApplicationModuleListener
    void on(ObligationOverdue overdue) {
        Set<String> to = teams(overdue.incidentId(), overdue.obligationKey());
        to.add(mail.dpo());
        send(to, "Overdue: " + overdue.obligationKey() + " was due " + text(overdue.dueAt()), overdue.incidentId(),
                overdue.obligationKey(), overdue.dueAt());
    }

    private Set<String> teams(String incidentId, String obligationKey) {
        Set<String> to = new LinkedHashSet<>();
        for (HumanTask task : tasks.openForSubject(incidentId, obligationKey)) {
            task.candidateGroups().stream().map(mail.groups()::get).filter(address -> address != null)
                    .forEach(to::add);
        }
        return to;
    }

    private void send(Set<String> to, String subject, String incidentId, String obligationKey, String dueAt) {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null || to.isEmpty()) {
            log.info("No mail sent for {} of incident {}: {}", obligationKey, incidentId,
                    mailSender == null ? "no mail sender configured" : "no recipients configured");
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(mail.from());
        message.setTo(to.toArray(String[]::new));
        message.setSubject(subject);
        message.setText("""
                Obligation: %s
                Due: %s
                Incident: /incidents/%s

                기한 알림: 위 의무의 기한을 확인하세요.
                """.formatted(obligationKey, text(dueAt), incidentId));
        mailSender.send(message);
    }

    private static String text(String dueAt) {
        return dueAt == null ? "without a fixed deadline" : dueAt;
    }
}
