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
 * reminder point (50 %, 75 %, 90 % of its window) or deadline has passed, and only those, badging its tasks.
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
                .as("the officers' team is mailed, the DPO not yet")
                .anySatisfy(mail -> assertThat(mail).startsWith("Reminder:").contains("compliance@breachflow.local"))
                .noneSatisfy(mail -> assertThat(mail).contains("dpo@breachflow.local")));

        clock.add(Duration.ofHours(12));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(badges(id, awareAt, 24, "escalatedAt"))
                .as("the 24-hour deadline passed with the report undrafted").doesNotContainNull());
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(mails(id))
                .anySatisfy(mail -> assertThat(mail).startsWith("At risk:").contains("dpo@breachflow.local"))
                .anySatisfy(mail -> assertThat(mail).startsWith("Overdue:").contains("dpo@breachflow.local")));
        assertThat(badges(id, awareAt, 72, "escalatedAt")).containsOnlyNulls();
        assertThat(badges(id, awareAt, 72, "remindedAt")).as("25 of 72 hours is before the first point")
                .containsOnlyNulls();
    }

    /** Subject and recipients of every deadline mail about incident {@code id}. */
    private List<String> mails(String id) throws Exception {
        List<String> mails = new java.util.ArrayList<>();
        for (jakarta.mail.internet.MimeMessage message : smtp.getReceivedMessages()) {
            if (String.valueOf(message.getContent()).contains(id)) {
                mails.add(message.getSubject() + " " + java.util.Arrays.toString(message.getAllRecipients()));
            }
        }
        return mails;
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
