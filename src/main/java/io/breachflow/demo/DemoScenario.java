package io.breachflow.demo;

import static io.breachflow.demo.DemoDesk.LEGAL;
import static io.breachflow.demo.DemoDesk.OFFICER;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breachflow.incidents.IncidentId;
import io.breachflow.incidents.IncidentIntake;
import io.breachflow.incidents.IncidentRecords;
import io.breachflow.incidents.ObligationStatus;
import io.breachflow.incidents.RegulatorQuestions;
import io.breachflow.regimes.BreachFactsJson;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The demo case, modelled on the 2025 Korean retail breach, told through the real processes. Times count back from
 * now so the deadlines land where a visitor should find them: awareness 30 hours ago puts the 24-hour Network Act
 * report to MSIT/KISA 6 hours overdue (left undone, escalated to the DPO); the 72-hour PIPC report is drafted,
 * approved by legal and filed; the revision to 33.7 million accounts 18 hours ago gives the filed PIPC report a
 * supplementary report whose 24-hour target is 6 hours away — at risk, waiting for legal's approval.
 */
@Component
class DemoScenario {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    static final Duration SINCE_AWARENESS = Duration.ofHours(30);
    static final Duration SINCE_REVISION = Duration.ofHours(18);

    private final IncidentIntake intake;
    private final IncidentRecords records;
    private final RegulatorQuestions questions;
    private final DemoDesk desk;
    private final DemoEvidence evidence;
    private final DemoNotices notices;
    private final ObjectMapper mapper;

    DemoScenario(IncidentIntake intake, IncidentRecords records, RegulatorQuestions questions, DemoDesk desk,
            DemoEvidence evidence, DemoNotices notices, ObjectMapper mapper) {
        this.intake = intake;
        this.records = records;
        this.questions = questions;
        this.desk = desk;
        this.evidence = evidence;
        this.notices = notices;
        this.mapper = mapper;
    }

    /** Plays the case from awareness to today; {@code record} learns the ids as they come. */
    void play(Clock clock, DemoRecord record) {
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(SEOUL)).truncatedTo(ChronoUnit.MINUTES);
        OffsetDateTime awareAt = now.minus(SINCE_AWARENESS);
        IncidentId id = intake.report(facts(awareAt), OFFICER.username()).id();
        String incident = id.toString();
        record.reported(incident);
        DemoNotices.Cohort cohort = notices.importCohortInBackground(incident);

        evidence.upload(incident);
        fileFirstPipcReport(incident, id);
        referToPolice(incident);
        desk.complete(incident, "record-awareness", any(), OFFICER, Map.of("awareAt", awareAt.toString(),
                "awarenessReasoning", "Security confirmed that evening that the export API was read with a former "
                        + "employee's key."));
        desk.complete(incident, "risk-assessment", any(), OFFICER, Map.of("highRisk", true, "riskReasoning",
                "Contact details and order history of many customers: targeted phishing is likely."));

        intake.revise(id, now.minus(SINCE_REVISION), "Log review: 33.7 million accounts, also residents of Germany "
                + "and California", revision(), OFFICER.username());
        await("the revision to be recorded", () -> records.find(id).orElseThrow().latest().recordedAt() != null);
        desk.draft(incident, "draft-report", subject -> subject.startsWith("kr-pipa-report/supplement"), OFFICER);

        long versionId = notices.draftAndApprove(incident);
        record.cohort(cohort.id());
        long runId = notices.sendToCohort(cohort, versionId, incident);
        record.run(runId);

        questions.record(id, new RegulatorQuestions.Question(RegulatorQuestions.Kind.ORDER, "PIPC", "PIPC-2025-0117",
                now.minusHours(3), now.plusDays(3).withHour(18), "Order: submit the export API access logs for the "
                + "whole period and the list of signing keys still valid at each leaver's departure."), OFFICER.username());
        desk.await(incident, "answer-regulator-question", any());
        notices.awaitFinished(runId);
    }

    private void fileFirstPipcReport(String incident, IncidentId id) {
        desk.draft(incident, "draft-report", "kr-pipa-report"::equals, OFFICER);
        desk.complete(incident, "approve-report", "kr-pipa-report"::equals, LEGAL,
                Map.of("approved", true, "comment", "Approved as drafted."));
        desk.complete(incident, "submit-report", "kr-pipa-report"::equals, OFFICER,
                Map.of("channel", "PORTAL", "receiptNumber", "PIPC-DEMO-0001"));
        await("the PIPC report to be met", () -> records.find(id).orElseThrow().obligations().stream()
                .anyMatch(o -> "kr-pipa-report".equals(o.key()) && o.status() == ObligationStatus.MET));
    }

    private void referToPolice(String incident) {
        desk.draft(incident, "prepare-referral", any(), OFFICER);
        desk.complete(incident, "approve-referral", any(), LEGAL, Map.of("approved", true));
        desk.complete(incident, "file-with-police", any(), OFFICER, Map.of("caseNumber", "DEMO-CYBER-2025-0042",
                "policeUnit", "Cyber Investigation Unit (demo)"));
    }

    private BreachFactsJson facts(OffsetDateTime awareAt) {
        String json = """
                {"title": "Customer accounts read with a former employee's still-valid signing key",
                 "awareAt": "%s", "detectedAt": "%s",
                 "affected": [{"jurisdiction": "KR", "count": 4500}],
                 "dataCategories": ["NAME", "EMAIL", "PHONE", "POSTAL_ADDRESS", "ORDER_HISTORY"],
                 "cause": "INSIDER", "unauthorizedAccess": true, "encrypted": false, "highRisk": true,
                 "organization": {"homeCountry": "KR", "secRegistrant": false, "onlineServiceProvider": true,
                                  "criticalInfrastructure": false}}
                """.formatted(awareAt, awareAt.minusMinutes(90));
        try {
            return mapper.readValue(json, BreachFactsJson.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Expected the demo facts to parse, but they do not", e);
        }
    }

    private ObjectNode revision() {
        ObjectNode facts = mapper.createObjectNode();
        var affected = facts.putArray("affected");
        affected.addObject().put("jurisdiction", "KR").put("count", 33_700_000L);
        affected.addObject().put("jurisdiction", "DE").put("count", 1_200L);
        affected.addObject().put("jurisdiction", "US-CA").put("count", 850L);
        return facts;
    }

    private static java.util.function.Predicate<String> any() {
        return subject -> true;
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) {
        if (!DemoDesk.awaitTrue(condition, Duration.ofSeconds(90))) {
            throw new IllegalStateException("Expected " + what + ", but it did not happen within 90 s");
        }
    }
}
