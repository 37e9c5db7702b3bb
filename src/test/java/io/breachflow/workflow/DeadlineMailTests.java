package io.breachflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.breachflow.incidents.IncidentIntake;
import io.breachflow.regimes.BreachFacts;
import io.breachflow.regimes.ObligationNames;
import io.breachflow.tasklist.HumanTask;
import io.breachflow.tasklist.HumanTasks;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockEnvironment;

/**
 * What the deadline mails say and to whom (issue 13): one mail per person per event, a reminder that says how
 * long is left and an escalation that says since when it is overdue and who must act, absolute links, the
 * obligation and incident in words (no keys, kinds or ids outside links), times in the regime's zone, and
 * Korean for a Korean-speaking reader.
 */
class DeadlineMailTests {

    private static final String INCIDENT = "0b9c8a52-3f7e-4a55-9d6e-2c1f0e8b7a61";
    private static final String KEY = "kr-pipa-report";
    private static final String TITLE = "Customer data accessed by former employee";
    /** 72 hours after awareness at 2025-11-18 22:00 KST. */
    private static final String DUE = "2025-11-21T22:00:00+09:00";
    private static final Instant HALF_TIME = Instant.parse("2025-11-20T01:00:00Z"); // 36 h before the deadline

    private final List<MimeMessage> sent = new ArrayList<>();
    private final HumanTasks tasks = mock(HumanTasks.class);
    private final IncidentIntake incidents = mock(IncidentIntake.class);

    private final HumanTask draft = new HumanTask(42L, "Task_DraftReport", "Draft report", "draft-report", INCIDENT,
            KEY, List.of("compliance-officer"), null, DUE, HumanTask.State.OPEN, null, null);
    private final HumanTask dpoReview = new HumanTask(43L, "Task_ApproveReport", "Approve report", "approve-report",
            INCIDENT, KEY, List.of("legal", "dpo"), null, DUE, HumanTask.State.OPEN, null, null);

    DeadlineMailTests() {
        BreachFacts facts = mock(BreachFacts.class);
        when(facts.title()).thenReturn(TITLE);
        when(facts.awareAt()).thenReturn(OffsetDateTime.parse("2025-11-18T22:00:00+09:00"));
        when(incidents.currentFacts(any())).thenReturn(facts);
        when(tasks.openForSubject(INCIDENT, KEY)).thenReturn(List.of(draft, dpoReview));
    }

    @Test
    void theDpoWhoIsAlsoATeamsAddressGetsOneMailPerEventAddressedToThemAlone() throws Exception {
        DeadlineMail mail = mail(Map.of());

        mail.on(new DeadlineReminderDue(INCIDENT, KEY, DUE, true, DUE, HALF_TIME));
        mail.on(new ObligationOverdue(INCIDENT, KEY, DUE, DUE));

        assertThat(deliveriesTo("dpo@breachflow.local")).as("one at-risk mail and one overdue mail").hasSize(2);
        assertThat(deliveriesTo("compliance@breachflow.local")).hasSize(2);
        for (MimeMessage message : sent) {
            assertThat(message.getAllRecipients()).as("each mail is addressed to one person").hasSize(1);
        }
    }

    @Test
    void aReminderSaysHowLongIsLeftAndByWhenInTheRegimesZone() throws Exception {
        mail(Map.of()).on(new DeadlineReminderDue(INCIDENT, KEY, DUE, false, DUE, HALF_TIME));

        MimeMessage reminder = single("compliance@breachflow.local");
        assertThat(reminder.getSubject()).isEqualTo("PIPC report due in 1 day 12 h — " + TITLE);
        assertThat(body(reminder)).contains("PIPC report — PIPA Art. 34 for the incident “" + TITLE + "” is due in "
                + "1 day 12 h, by 2025-11-21 22:00 KST (Asia/Seoul).")
                .contains("Your open work on it:")
                .contains("- Draft report (Compliance officers): https://breachflow.example.com/bf/tasks/42?lang=en")
                .as("legal's task is in legal's mail").doesNotContain("/tasks/43");
        assertThat(deliveriesTo("legal@breachflow.local")).hasSize(1);
    }

    @Test
    void anEscalationSaysSinceWhenItIsOverdueAndWhoMustActNotHowLongIsLeft() throws Exception {
        DeadlineMail mail = mail(Map.of());
        mail.on(new DeadlineReminderDue(INCIDENT, KEY, DUE, true, DUE, HALF_TIME.plus(Duration.ofHours(28))));
        mail.on(new ObligationOverdue(INCIDENT, KEY, DUE, DUE));

        List<MimeMessage> toDpo = deliveriesTo("dpo@breachflow.local");
        MimeMessage atRisk = toDpo.get(0);
        MimeMessage overdue = toDpo.get(1);
        assertThat(atRisk.getSubject()).isEqualTo("At risk: PIPC report due in 8 h — " + TITLE);
        assertThat(body(atRisk)).contains("You receive this as the DPO: this is the last reminder before the deadline");
        assertThat(overdue.getSubject()).isEqualTo("Overdue: PIPC report — " + TITLE)
                .isNotEqualTo(atRisk.getSubject());
        assertThat(body(overdue)).isNotEqualTo(body(atRisk))
                .contains("PIPC report — PIPA Art. 34 for the incident “" + TITLE + "” has been overdue since "
                        + "2025-11-21 22:00 KST (Asia/Seoul).")
                .contains("Who must act:")
                .contains("- Draft report (Compliance officers): https://breachflow.example.com/bf/tasks/42?lang=en")
                .contains("- Approve report (Legal, Data protection officer): https://breachflow.example.com/bf/tasks/43")
                .doesNotContain("due in");
        assertThat(body(single("compliance@breachflow.local", 1))).contains("Your team must act now; the DPO has been told.");
    }

    @Test
    void everyLinkIsAbsoluteUnderThePublicBaseUrl() throws Exception {
        mail(Map.of()).on(new ObligationOverdue(INCIDENT, KEY, DUE, DUE));

        for (MimeMessage message : sent) {
            String body = body(message);
            assertThat(body).contains("Incident workspace: https://breachflow.example.com/bf/incidents/" + INCIDENT
                    + "?lang=en");
            assertThat(body.lines().filter(line -> line.contains("/incidents/") || line.contains("/tasks/")))
                    .allSatisfy(line -> assertThat(line).contains("https://breachflow.example.com/bf/"))
                    .noneSatisfy(line -> assertThat(line).contains(" /incidents/"));
        }
    }

    @Test
    void namesTheObligationAndTheIncidentInWordsWithNoKeyKindOrIdOutsideALink() throws Exception {
        DeadlineMail mail = mail(Map.of());
        mail.on(new DeadlineReminderDue(INCIDENT, KEY, DUE, true, DUE, HALF_TIME));
        mail.on(new ObligationOverdue(INCIDENT, KEY, DUE, DUE));

        for (MimeMessage message : sent) {
            String withoutLinks = body(message).replaceAll("https://\\S+", "<link>");
            for (String raw : List.of(KEY, "AUTHORITY_REPORT", "KR-PIPA", INCIDENT, "compliance-officer",
                    "draft-report", "2025-11-21T")) {
                assertThat(message.getSubject()).doesNotContain(raw);
                assertThat(withoutLinks).doesNotContain(raw);
            }
            assertThat(message.getSubject()).contains(TITLE);
        }
    }

    @Test
    void aKoreanSpeakingRecipientGetsKoreanAndTheOthersTheDefaultLanguage() throws Exception {
        DeadlineMail mail = mail(Map.of("ko", List.of("DPO@breachflow.local")));
        mail.on(new DeadlineReminderDue(INCIDENT, KEY, DUE, true, DUE, HALF_TIME.plus(Duration.ofHours(28))));
        mail.on(new ObligationOverdue(INCIDENT, KEY, DUE, DUE));

        List<MimeMessage> toDpo = deliveriesTo("dpo@breachflow.local");
        assertThat(toDpo.get(0).getSubject()).isEqualTo("[위험] 개인정보보호위원회(PIPC) 신고 기한까지 8시간 남음 — " + TITLE);
        assertThat(body(toDpo.get(0))).contains("기한 전 마지막 알림")
                .contains("https://breachflow.example.com/bf/tasks/42?lang=ko")
                .contains("2025-11-21 22:00 KST (Asia/Seoul)");
        assertThat(toDpo.get(1).getSubject()).isEqualTo("[기한 초과] 개인정보보호위원회(PIPC) 신고 — " + TITLE);
        assertThat(body(toDpo.get(1))).contains("기한 초과").contains("조치해야 할 담당:").contains("신고서 작성")
                .doesNotContain("Who must act");
        assertThat(single("compliance@breachflow.local").getSubject()).startsWith("At risk: PIPC report due in");
    }

    @Test
    void anIncidentWithoutATitleIsNamedByWhenTheOrganisationBecameAware() throws Exception {
        BreachFacts untitled = mock(BreachFacts.class);
        when(untitled.awareAt()).thenReturn(OffsetDateTime.parse("2025-11-18T22:00:00+09:00"));
        when(incidents.currentFacts(any())).thenReturn(untitled);

        mail(Map.of()).on(new DeadlineReminderDue(INCIDENT, KEY, DUE, false, DUE, HALF_TIME));

        assertThat(single("compliance@breachflow.local").getSubject())
                .isEqualTo("PIPC report due in 1 day 12 h — Untitled incident (aware since 2025-11-18)");
    }

    @Test
    void aReminderRecordedBeforeItCarriedItsDeadlineIsStillMailedWhenTheRegistryRepublishesIt() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper()
                .findAndRegisterModules();
        DeadlineReminderDue now = new DeadlineReminderDue(INCIDENT, KEY, DUE, false, DUE, HALF_TIME);
        assertThat(json.readValue(json.writeValueAsString(now), DeadlineReminderDue.class)).isEqualTo(now);
        DeadlineReminderDue before = json.readValue("""
                {"incidentId": "%s", "obligationKey": "%s", "dueAt": "%s", "atRisk": false}"""
                .formatted(INCIDENT, KEY, DUE), DeadlineReminderDue.class);

        mail(Map.of()).on(before);

        assertThat(single("compliance@breachflow.local").getSubject())
                .as("counted from the mail's clock (half time) when the event carries no firing time")
                .isEqualTo("PIPC report due in 1 day 12 h — " + TITLE);
    }

    @Test
    void timeLeftIsSaidInTheTwoLargestUnits() {
        DeadlineMailText text = text();

        assertThat(text.duration(Duration.ofHours(12), Locale.ENGLISH)).isEqualTo("12 h");
        assertThat(text.duration(Duration.ofHours(12).minusSeconds(2), Locale.ENGLISH)).isEqualTo("12 h");
        assertThat(text.duration(Duration.ofMinutes(200), Locale.ENGLISH)).isEqualTo("3 h 20 min");
        assertThat(text.duration(Duration.ofHours(24), Locale.ENGLISH)).isEqualTo("1 day");
        assertThat(text.duration(Duration.ofHours(64), Locale.ENGLISH)).isEqualTo("2 days 16 h");
        assertThat(text.duration(Duration.ofMinutes(45), Locale.KOREAN)).isEqualTo("45분");
        assertThat(text.duration(Duration.ofHours(36), Locale.KOREAN)).isEqualTo("1일 12시간");
    }

    private DeadlineMail mail(Map<String, List<String>> languages) {
        WorkflowProperties.Mail addresses = new WorkflowProperties.Mail("breachflow@localhost",
                Map.of("compliance-officer", "compliance@breachflow.local", "legal", "legal@breachflow.local",
                        "dpo", "dpo@breachflow.local"),
                "Data Protection Officer <dpo@breachflow.local>", Map.of(), "en", languages);
        WorkflowProperties properties = new WorkflowProperties(List.of(50, 75, 90), Duration.ofHours(72), addresses);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", new CapturingSender());
        beans.addBean("clock", Clock.fixed(HALF_TIME, ZoneOffset.UTC));
        return new DeadlineMail(tasks, incidents, text(), properties, beans.getBeanProvider(JavaMailSender.class),
                beans.getBeanProvider(Clock.class));
    }

    private static DeadlineMailText text() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "i18n/mail");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        MailLinks links = new MailLinks(new PublicWebProperties(URI.create("https://breachflow.example.com/bf/")),
                new MockEnvironment());
        return new DeadlineMailText(messages, new ObligationNames(messages), links);
    }

    private List<MimeMessage> deliveriesTo(String address) throws Exception {
        List<MimeMessage> to = new ArrayList<>();
        for (MimeMessage message : sent) {
            if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(recipient -> recipient.toString().toLowerCase(Locale.ROOT).contains(address))) {
                to.add(message);
            }
        }
        return to;
    }

    private MimeMessage single(String address) throws Exception {
        return single(address, 0);
    }

    private MimeMessage single(String address, int index) throws Exception {
        return deliveriesTo(address).get(index);
    }

    private static String body(MimeMessage message) throws Exception {
        return String.valueOf(message.getContent());
    }

    /** Keeps what would have been sent. */
    private final class CapturingSender extends JavaMailSenderImpl {

        @Override
        protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) {
            for (MimeMessage message : mimeMessages) {
                try {
                    message.saveChanges();
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
                sent.add(message);
            }
        }
    }
}
