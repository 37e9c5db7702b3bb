package io.breachflow.workflow;

import static io.breachflow.workflow.BreachApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.engine.EngineClock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Reminder timers run on the engine's clock: moving it forward fires the reminders of each report whose
 * reminder point (50 %, 75 %, 90 % of its window from awareness) or deadline has passed, and only those, badging
 * its tasks and mailing each person once, in words, with absolute links (issue 13).
 */
@BreachflowIntegrationTest
class DeadlineReminderIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    WebApplicationContext context;

    @Autowired
    EngineClock clock;

    @Autowired
    GreenMail smtp;

    BreachApi api;

    @BeforeEach
    void setUp() {
        api = new BreachApi(MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void remindsAboutThe24HourReportAtHalfTimeAndEscalatesItAtTheDeadlineWhileThe72HourOneWaits() throws Exception {
        OffsetDateTime awareAt = OffsetDateTime.ofInstant(clock.instant(), ZoneId.of("Asia/Seoul"))
                .truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> reported = reportAwareAt(awareAt);
        String id = (String) reported.get("id");
        List<Map<String, Object>> drafts = await().atMost(PATIENCE)
                .until(() -> api.openTasks(id, "Draft report", as("officer")),
                        tasks -> tasks.size() == BreachApi.authorityReports(reported));
        assertThat(drafts).allSatisfy(task -> assertThat(task.get("remindedAt")).isNull());
        assertThat(drafts).extracting(task -> window(awareAt, task)).contains(Duration.ofHours(24), Duration.ofHours(72));

        clock.add(Duration.ofHours(13));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(badges(id, awareAt, 24, "remindedAt"))
                .as("half of 24 hours passed").isNotEmpty().doesNotContainNull());
        assertThat(badges(id, awareAt, 72, "remindedAt")).as("not yet half of 72 hours").containsOnlyNulls();
        assertThat(badges(id, awareAt, 24, "escalatedAt")).containsOnlyNulls();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(mails(id))
                .as("the officers' team is told how long is left, the DPO not yet")
                .anySatisfy(mail -> assertThat(mail.subject()).isEqualTo(
                        "MSIT report due in 11 h — Customer data accessed by former employee"))
                .allSatisfy(mail -> assertThat(mail.to()).containsExactly("compliance@breachflow.local")));

        clock.add(Duration.ofHours(12));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(badges(id, awareAt, 24, "escalatedAt"))
                .as("the 24-hour deadline passed with the report undrafted").doesNotContainNull());
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(mails(id))
                .anySatisfy(mail -> assertThat(mail.subject()).startsWith("At risk: MSIT report due in"))
                .anySatisfy(mail -> assertThat(mail.subject())
                        .isEqualTo("Overdue: MSIT report — Customer data accessed by former employee")));
        assertThat(badges(id, awareAt, 72, "escalatedAt")).containsOnlyNulls();
        assertThat(badges(id, awareAt, 72, "remindedAt")).as("25 of 72 hours is before the first point")
                .containsOnlyNulls();
    }

    @Test
    void theDpoGetsOneMailPerAtRiskOrOverdueEventAsTheAuditHasOneEntryEach() throws Exception {
        OffsetDateTime awareAt = OffsetDateTime.ofInstant(clock.instant(), ZoneId.of("Asia/Seoul"))
                .truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> reported = reportAwareAt(awareAt);
        String id = (String) reported.get("id");
        await().atMost(PATIENCE).until(() -> api.openTasks(id, "Draft report", as("officer")),
                tasks -> tasks.size() == BreachApi.authorityReports(reported));

        clock.add(Duration.ofHours(25));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(badges(id, awareAt, 24, "escalatedAt"))
                .doesNotContainNull());
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(dpoEvents(id)).as("at-risk and overdue events")
                .isGreaterThanOrEqualTo(2).isEqualTo(mailsTo(id, "dpo@breachflow.local").size()));
        Thread.sleep(1_000); // a second mail to the DPO would arrive right after the first
        List<Mail> toDpo = mailsTo(id, "dpo@breachflow.local");
        assertThat(toDpo).as("one delivery per event, though the DPO is also the dpo group's address")
                .hasSize(dpoEvents(id)).extracting(Mail::subject).doesNotHaveDuplicates();
        assertThat(mails(id)).as("every mail is addressed to one person, so no mailbox lists it twice")
                .allSatisfy(mail -> assertThat(mail.to()).hasSize(1));
    }

    @Test
    void reminderAndOverdueMailsSayDifferentThingsWithAbsoluteLinksAndNoKeysOrIds() throws Exception {
        OffsetDateTime awareAt = OffsetDateTime.ofInstant(clock.instant(), ZoneId.of("Asia/Seoul"))
                .truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> reported = reportAwareAt(awareAt);
        String id = (String) reported.get("id");
        await().atMost(PATIENCE).until(() -> api.openTasks(id, "Draft report", as("officer")),
                tasks -> tasks.size() == BreachApi.authorityReports(reported));

        clock.add(Duration.ofHours(13));
        Mail reminder = await().atMost(PATIENCE).until(() -> mails(id).stream()
                .filter(mail -> mail.subject().startsWith("MSIT report due in")).findFirst().orElse(null), m -> m != null);
        clock.add(Duration.ofHours(12));
        Mail overdue = await().atMost(PATIENCE).until(() -> mails(id).stream()
                .filter(mail -> mail.subject().startsWith("Overdue: MSIT report"))
                .filter(mail -> mail.to().contains("compliance@breachflow.local")).findFirst().orElse(null),
                m -> m != null);

        assertThat(reminder.body()).contains("is due in 11 h, by " + seoul(awareAt.plusHours(24)) + " KST (Asia/Seoul)");
        assertThat(overdue.body()).contains("has been overdue since " + seoul(awareAt.plusHours(24)))
                .contains("Your open work on it:").doesNotContain("due in");
        for (Mail mail : List.of(reminder, overdue)) {
            assertThat(mail.body()).contains("Incident workspace: http://localhost:8080/incidents/" + id + "?lang=en")
                    .containsPattern("- Draft report \\(Compliance officers\\): http://localhost:8080/tasks/\\d+\\?lang=en");
            String words = mail.subject() + "\n" + mail.body().replaceAll("http://\\S+", "<link>");
            assertThat(words).doesNotContain(id, "kr-network-act", "AUTHORITY_REPORT", "compliance-officer");
        }
    }

    /** A deadline mail about incident {@code id}: its subject, its recipients and its text. */
    record Mail(String subject, List<String> to, String body) {
    }

    /** Every deadline mail about incident {@code id}, one entry per delivery (as the mailbox page lists them). */
    private List<Mail> mails(String id) throws Exception {
        List<Mail> mails = new java.util.ArrayList<>();
        for (jakarta.mail.internet.MimeMessage message : smtp.getReceivedMessages()) {
            String body = String.valueOf(message.getContent());
            if (body.contains(id)) {
                mails.add(new Mail(message.getSubject(), java.util.Arrays.stream(message.getAllRecipients())
                        .map(Object::toString).toList(), body));
            }
        }
        return mails;
    }

    /** The deadline mails about incident {@code id} that list {@code address} among their recipients. */
    private List<Mail> mailsTo(String id, String address) throws Exception {
        return mails(id).stream().filter(mail -> mail.to().contains(address)).toList();
    }

    /** Audit entries of the events the DPO is told about: reminders at risk and escalations. */
    @SuppressWarnings("unchecked")
    private int dpoEvents(String id) throws Exception {
        List<Map<String, Object>> entries = (List<Map<String, Object>>) api.getObject(
                "/api/audit?size=500&incidentId=" + id, as("dpo")).get("entries");
        return (int) entries.stream().filter(entry -> "OBLIGATION_OVERDUE".equals(entry.get("action"))
                || "DEADLINE_REMINDER_DUE".equals(entry.get("action"))
                && String.valueOf(entry.get("detail")).contains("atRisk=true")).count();
    }

    private static String seoul(OffsetDateTime time) {
        return time.atZoneSameInstant(ZoneId.of("Asia/Seoul"))
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    /** The badge {@code field} of every open draft whose deadline is {@code hours} after awareness. */
    private List<Object> badges(String id, OffsetDateTime awareAt, int hours, String field) throws Exception {
        List<Object> badges = new java.util.ArrayList<>();
        for (Map<String, Object> task : api.openTasks(id, "Draft report", as("officer"))) {
            if (Duration.ofHours(hours).equals(window(awareAt, task))) {
                badges.add(task.get(field));
            }
        }
        assertThat(badges).as("drafts with a %d-hour deadline", hours).isNotEmpty();
        return badges;
    }

    private Map<String, Object> reportAwareAt(OffsetDateTime awareAt) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Object> facts = mapper.readValue(BreachApi.DESIGN_EXAMPLE, new TypeReference<>() { });
        facts.put("awareAt", awareAt.toString());
        facts.put("detectedAt", awareAt.minusHours(1).toString());
        return mapper.readValue(api.post("/api/incidents", mapper.writeValueAsString(facts), as("officer"))
                .getContentAsString(), new TypeReference<>() { });
    }

    private static Duration window(OffsetDateTime awareAt, Map<String, Object> task) {
        Object dueAt = task.get("dueAt");
        return dueAt == null ? null : Duration.between(awareAt, OffsetDateTime.parse((String) dueAt));
    }
}
