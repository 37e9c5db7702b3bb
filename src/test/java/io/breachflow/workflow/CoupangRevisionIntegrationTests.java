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
import io.breachflow.incidents.IncidentId;
import io.breachflow.notices.CohortImport;
import io.breachflow.notices.NoticeDispatch;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The case Breachflow exists for, end to end on the engine's clock: an insider breach first reported as 4,500
 * Korean accounts, revised to 33.7 million. Reminders fire when the window says, the reports are drafted,
 * approved by someone else and filed, the police get a referral, the first notice wave goes out, the revision
 * brings a supplementary report and a second wave for the newly affected, one report left undone escalates
 * to the DPO when its deadline passes, and the case closes after its review.
 */
@BreachflowIntegrationTest
class CoupangRevisionIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    WebApplicationContext context;

    @Autowired
    EngineClock clock;

    @Autowired
    NoticeDispatch notices;

    @Autowired
    GreenMail smtp;

    @Autowired
    BreachProcesses processes;

    BreachApi api;
    final ObjectMapper mapper = new ObjectMapper();
    final String tag = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void setUp() {
        api = new BreachApi(MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theFortyFiveHundredAccountsBecomeThirtyThreeMillionAndEveryObligationIsMetOrEscalated() throws Exception {
        OffsetDateTime awareAt = OffsetDateTime.ofInstant(clock.instant(), ZoneId.of("Asia/Seoul"))
                .truncatedTo(ChronoUnit.SECONDS);
        String id = report(awareAt, 4500);
        Map<String, Object> msit = task(id, "Draft report", "kr-network-act");
        assertThat(Duration.between(awareAt, OffsetDateTime.parse((String) msit.get("dueAt"))))
                .as("the Network Act's 24-hour report").isEqualTo(Duration.ofHours(24));

        // reminders at the right instants: not a minute before half of the 24 hours, then at once
        clock.add(Duration.ofHours(12).minusMinutes(1));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> task(id, "Draft report", "kr-network-act").get("remindedAt") == null);
        clock.add(Duration.ofMinutes(2));
        await().atMost(PATIENCE).until(() -> task(id, "Draft report", "kr-network-act").get("remindedAt") != null);
        await().atMost(PATIENCE).until(() -> mailSubjects(id).stream().anyMatch(s -> s.startsWith("MSIT report due in")));

        // the PIPC and SEC reports are drafted, approved by legal and filed; the MSIT report is left undone
        fileReport(id, "kr-pipa-report");
        fileReport(id, "us-sec-8k");
        referToPolice(id);
        assessAwarenessAndRisk(id, awareAt);
        sendWave(id, "kr-pipa-notice", 3);
        publish(id, "kr-pipa-website-posting");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(status(id, "kr-pipa-notice")).isEqualTo("MET"));
        assertThat(status(id, "kr-pipa-report")).isEqualTo("MET");

        // two weeks of log review later: 33.7 million accounts
        Set<String> before = obligationKeys(id);
        assertThat(api.post("/api/incidents/" + id + "/revisions", """
                {"revisedAt": "%s", "note": "Log review: 33.7 million accounts",
                 "facts": {"affected": [{"jurisdiction": "KR", "count": 33700000}]}}""".formatted(awareAt.plusHours(13)),
                as("officer")).getStatus()).isEqualTo(202);
        List<String> supplementary = await().atMost(PATIENCE).until(() -> obligations(id).stream()
                .filter(o -> "AUTHORITY_UPDATE".equals(o.get("kind")) && !before.contains((String) o.get("key")))
                .map(o -> (String) o.get("key")).toList(), keys -> !keys.isEmpty());
        assertThat(supplementary).as("the PIPC report already filed gets a supplementary report")
                .anyMatch(key -> key.startsWith("kr-pipa-report"));
        for (String key : supplementary) {
            fileReport(id, key);
        }
        Map<String, Object> secondWave = task(id, "Draft notice", null);
        assertThat(before).doesNotContain((String) secondWave.get("obligationKey"));
        sendWave(id, (String) secondWave.get("obligationKey"), 2);
        await().atMost(PATIENCE).until(() -> lettersTo(tag) == 5);

        // the MSIT report was never filed: its deadline passes and the DPO hears of it
        clock.add(Duration.ofHours(12));
        await().atMost(PATIENCE).until(() -> task(id, "Draft report", "kr-network-act").get("escalatedAt") != null);
        await().atMost(PATIENCE).until(() -> mailSubjects(id).stream().anyMatch(s -> s.startsWith("Overdue: MSIT report")));
        fileReport(id, "kr-network-act");

        Map<String, Object> review = task(id, "Post-incident review", null);
        assertThat(api.complete(review.get("id"), "{\"lessonsLearned\": \"Revoke leavers' keys the same day\"}",
                as("dpo")).getStatus()).isEqualTo(204);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.openTasks(id, null, as("dpo")))
                .extracting(t -> t.get("name") + " " + t.get("obligationKey")).isEmpty());
        assertThat(obligations(id)).extracting(o -> o.get("status")).containsOnly("MET");
        assertThat(lettersTo(tag)).as("nobody told twice").isEqualTo(5);
    }

    private void fileReport(String id, String key) throws Exception {
        Map<String, Object> draft = task(id, "Draft report", key);
        assertThat(api.complete(draft.get("id"), BreachApi.reportForm("What happened, when, how many"), as("officer"))
                .getStatus()).isEqualTo(204);
        Map<String, Object> approval = task(id, "Approve report", key);
        assertThat(api.complete(approval.get("id"), "{\"approved\": true}", as("legal")).getStatus()).isEqualTo(204);
        Map<String, Object> submit = task(id, "Submit report", key);
        assertThat(api.complete(submit.get("id"), "{\"channel\": \"PORTAL\", \"receiptNumber\": \"R-" + key + "\"}",
                as("officer")).getStatus()).isEqualTo(204);
        await().atMost(PATIENCE).until(() -> "MET".equals(status(id, key)));
    }

    private void referToPolice(String id) throws Exception {
        api.uploadEvidence(id);
        Map<String, Object> prepare = task(id, "Prepare evidence package", null);
        assertThat(api.complete(prepare.get("id"), "{\"evidenceSummary\": \"Access logs, HR records\"}",
                as("officer")).getStatus()).isEqualTo(204);
        Map<String, Object> approve = task(id, "Approve police referral", null);
        assertThat(api.complete(approve.get("id"), "{\"approved\": true}", as("legal")).getStatus()).isEqualTo(204);
        Map<String, Object> file = task(id, "File with the police", null);
        assertThat(api.complete(file.get("id"), "{\"caseNumber\": \"2025-SEOUL-0042\"}", as("officer")).getStatus())
                .isEqualTo(204);
    }

    private void assessAwarenessAndRisk(String id, OffsetDateTime awareAt) throws Exception {
        Map<String, Object> awareness = task(id, "Record awareness", null);
        assertThat(api.complete(awareness.get("id"), """
                {"awareAt": "%s", "awarenessReasoning": "Security confirmed the access that evening"}"""
                .formatted(awareAt), as("officer")).getStatus()).isEqualTo(204);
        Map<String, Object> risk = task(id, "Assess risk", null);
        assertThat(api.complete(risk.get("id"), "{\"highRisk\": true, \"riskReasoning\": \"Addresses exposed\"}",
                as("officer")).getStatus()).isEqualTo(204);
    }

    private void sendWave(String id, String key, int people) throws Exception {
        Map<String, Object> draft = task(id, "Draft notice", key);
        assertThat(api.complete(draft.get("id"), BreachApi.NOTICE_FORM,
                as("officer")).getStatus()).isEqualTo(204);
        Map<String, Object> approval = task(id, "Approve notice", key);
        assertThat(api.complete(approval.get("id"), "{\"approved\": true}", as("legal")).getStatus()).isEqualTo(204);
        StringBuilder csv = new StringBuilder("person_id,name,email,phone,jurisdiction,language\n");
        for (int i = 0; i < people; i++) {
            String person = key.hashCode() + "-" + i;
            csv.append(person).append(",Kim,").append(person).append('-').append(tag).append("@example.com,,KR,ko\n");
        }
        CohortImport cohort = notices.importCohort("wave-" + key, new StringReader(csv.toString()));
        Map<String, Object> wave = task(id, "Prepare notice wave", key);
        assertThat(api.complete(wave.get("id"), "{\"cohortId\": \"" + cohort.cohortId() + "\"}", as("officer"))
                .getStatus()).isEqualTo(204);
    }

    private void publish(String id, String key) throws Exception {
        Map<String, Object> task = task(id, "Publish notice", key);
        assertThat(api.complete(task.get("id"), """
                {"publishedWhere": "Front page of the website, 30 days", "publishedAt": "%s"}"""
                .formatted(OffsetDateTime.ofInstant(clock.instant(), ZoneId.of("Asia/Seoul"))), as("officer"))
                .getStatus()).isEqualTo(204);
    }

    /** The open task {@code name} whose obligation key starts with {@code key} (any, when null). */
    private Map<String, Object> task(String id, String name, String key) {
        return await().atMost(PATIENCE).until(() -> api.openTasks(id, name, as("dpo")).stream()
                .filter(t -> key == null || String.valueOf(t.get("obligationKey")).startsWith(key))
                .findFirst().orElse(null), t -> t != null);
    }

    private long lettersTo(String marker) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipients(m).contains(marker)).count();
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> mailSubjects(String id) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getContent() instanceof String text && text.contains(id)) {
                subjects.add(message.getSubject());
            }
        }
        return subjects;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> obligations(String id) throws Exception {
        return (List<Map<String, Object>>) api.getObject("/api/incidents/" + id, as("dpo")).get("obligations");
    }

    private Set<String> obligationKeys(String id) throws Exception {
        Set<String> keys = new HashSet<>();
        obligations(id).forEach(o -> keys.add((String) o.get("key")));
        return keys;
    }

    private String status(String id, String keyPrefix) throws Exception {
        return obligations(id).stream().filter(o -> String.valueOf(o.get("key")).startsWith(keyPrefix))
                .map(o -> (String) o.get("status")).findFirst().orElseThrow();
    }

    private String kindOf(String id, String key) throws Exception {
        return obligations(id).stream().filter(o -> key.equals(o.get("key"))).map(o -> (String) o.get("kind"))
                .findFirst().orElseThrow();
    }

    private String report(OffsetDateTime awareAt, int accounts) throws Exception {
        Map<String, Object> facts = mapper.readValue(BreachApi.DESIGN_EXAMPLE, new TypeReference<>() { });
        facts.put("awareAt", awareAt.toString());
        facts.put("detectedAt", awareAt.minusHours(2).toString());
        facts.put("affected", List.of(Map.of("jurisdiction", "KR", "count", accounts)));
        Map<String, Object> reported = mapper.readValue(api.post("/api/incidents", mapper.writeValueAsString(facts),
                as("officer")).getContentAsString(), new TypeReference<>() { });
        return (String) reported.get("id");
    }
}
