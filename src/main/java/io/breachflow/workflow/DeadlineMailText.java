package io.breachflow.workflow;

import io.breachflow.regimes.ObligationNames;
import io.breachflow.tasklist.HumanTask;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a deadline mail says, in the reader's language (message keys {@code mail.*}, {@code i18n/mail*.properties}).
 * A reminder says how long is left and by when ("PIPC report due in 12 h — Customer data accessed by former
 * employee"); the last one says the obligation is at risk; an escalation says since when it is overdue and who
 * must act. Obligations are named as people name them ({@link ObligationNames}), the incident by its title,
 * times in the regime's zone with the zone shown; links are absolute ({@link MailLinks}). No personal data,
 * obligation keys, kinds or ids appear in the text: only a link carries an id.
 */
@Component
class DeadlineMailText {

    private static final DateTimeFormatter IN_ZONE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z (VV)",
            Locale.ENGLISH);
    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'xxx",
            Locale.ENGLISH);

    /** Why the mail goes out. */
    enum Occasion {
        /** A reminder point passed: the teams with open work are told. */
        REMINDER,
        /** The last reminder point passed: the teams and the DPO are told it is at risk. */
        AT_RISK,
        /** The deadline passed with the work open: the teams and the DPO are told it is overdue. */
        OVERDUE;

        boolean tellsTheDpo() {
            return this != REMINDER;
        }
    }

    /**
     * One reminder or escalation.
     *
     * @param legalDeadline whether {@code deadline} is the law's (else the organisation's internal target)
     * @param deadline      when the obligation is due, or null when the event did not say
     * @param at            when the reminder point fired (the time left is counted from it)
     */
    record Event(Occasion occasion, String incidentId, String obligationKey, boolean legalDeadline,
                 OffsetDateTime deadline, Instant at) {
    }

    /** The incident as mail names it: by its title, else by when the organisation became aware of it. */
    record Incident(String id, String title, OffsetDateTime awareAt) {
    }

    /** A composed mail. */
    record Mail(String subject, String body) {
    }

    private final MessageSource messages;
    private final ObligationNames names;
    private final MailLinks links;

    DeadlineMailText(MessageSource messages, ObligationNames names, MailLinks links) {
        this.messages = messages;
        this.names = names;
        this.links = links;
    }

    /**
     * The mail to one person.
     *
     * @param dpo   whether the reader is the DPO (told at risk and overdue; sees every open task)
     * @param tasks the open tasks of the obligation the reader is to see: their team's, or all for the DPO
     */
    Mail compose(Event event, Incident incident, Locale language, boolean dpo, List<HumanTask> tasks) {
        ObligationNames.Name name = names.of(event.obligationKey(), language);
        boolean known = name.regime() != null;
        String title = known ? name.title() : word("mail.obligation.unknown", language);
        String full = known ? name.full() : title;
        String incidentTitle = title(incident, language);
        String suffix = event.legalDeadline() ? "" : ".target";
        String when = time(event);
        String subject;
        List<String> lines = new ArrayList<>();
        if (event.occasion() == Occasion.OVERDUE) {
            subject = word("mail.deadline.subject.overdue" + suffix, language, title, incidentTitle);
            lines.add(word("mail.deadline.body.overdue" + suffix, language, full, incidentTitle, when));
            lines.add("");
            lines.add(word(dpo ? "mail.deadline.body.overdue.dpo" : "mail.deadline.body.overdue.team", language));
        } else {
            String left = left(event, language);
            String kind = event.occasion() == Occasion.AT_RISK ? "atRisk" : "reminder";
            subject = word("mail.deadline.subject." + kind + suffix, language, title, left, incidentTitle);
            lines.add(word("mail.deadline.body.reminder" + suffix, language, full, incidentTitle, left, when));
            if (event.occasion() == Occasion.AT_RISK) {
                lines.add("");
                lines.add(word(dpo ? "mail.deadline.body.atRisk.dpo" : "mail.deadline.body.atRisk", language));
            }
        }
        lines.add("");
        lines.add(word(dpo ? "mail.deadline.body.mustAct" : "mail.deadline.body.yourWork", language));
        if (tasks.isEmpty()) {
            lines.add(word("mail.deadline.body.noTask", language));
        }
        for (HumanTask task : tasks) {
            lines.add(word("mail.deadline.body.task", language, groups(task, language), taskName(task, language),
                    links.task(task.id(), language)));
        }
        lines.add("");
        lines.add(word("mail.deadline.body.workspace", language, links.incident(incident.id(), language)));
        lines.add("");
        lines.add("-- ");
        lines.add(word("mail.deadline.body.footer", language));
        return new Mail(oneLine(subject), String.join("\n", lines) + "\n");
    }

    /** The deadline in the regime's zone, the zone shown: "2026-03-02 10:00 KST (Asia/Seoul)". */
    private String time(Event event) {
        if (event.deadline() == null) {
            return "—";
        }
        return names.zoneOf(event.obligationKey())
                .map(zone -> IN_ZONE.format(event.deadline().atZoneSameInstant(zone)))
                .orElseGet(() -> WITH_OFFSET.format(event.deadline()));
    }

    /** "12 h", "1 day 4 h", "3 h 20 min": the largest two units, rounded to the smaller one. */
    private String left(Event event, Locale language) {
        if (event.deadline() == null) {
            return "—";
        }
        Duration left = Duration.between(event.at(), event.deadline().toInstant());
        return duration(left, language);
    }

    String duration(Duration left, Locale language) {
        long minutes = Math.max(1, Math.round(left.toSeconds() / 60.0));
        if (minutes >= 24 * 60) {
            long hours = Math.round(minutes / 60.0);
            return join(word("mail.duration.days", language, hours / 24),
                    hours % 24 == 0 ? null : word("mail.duration.hours", language, hours % 24));
        }
        if (minutes >= 60) {
            return join(word("mail.duration.hours", language, minutes / 60),
                    minutes % 60 == 0 ? null : word("mail.duration.minutes", language, minutes % 60));
        }
        return word("mail.duration.minutes", language, minutes);
    }

    private static String join(String larger, String smaller) {
        return smaller == null ? larger : larger + " " + smaller;
    }

    private String title(Incident incident, Locale language) {
        if (incident.title() != null && !incident.title().isBlank()) {
            return oneLine(incident.title());
        }
        return word("mail.incident.untitled", language,
                incident.awareAt() == null ? "—" : incident.awareAt().toLocalDate().toString());
    }

    private String groups(HumanTask task, Locale language) {
        return task.candidateGroups().stream()
                .map(group -> messages.getMessage("mail.group." + group, null, group, language))
                .collect(Collectors.joining(", "));
    }

    private String taskName(HumanTask task, Locale language) {
        String name = task.formKey() == null ? null
                : messages.getMessage("task.form." + task.formKey(), null, null, language);
        return name != null ? name : task.name();
    }

    private String word(String code, Locale language, Object... arguments) {
        return messages.getMessage(code, arguments, language);
    }

    /** No line breaks in a subject or a title: a header is one line. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
