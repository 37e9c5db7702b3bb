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
 * now so the deadlines land where a visitor should find them. Awareness was 66 hours ago: the first report to
 * MSIT/KISA under the Network Act, for the 4,500 accounts known then, is drafted, approved by legal and filed. The
 * log review 30 hours ago revised the scope to 33.7 million accounts plus residents of Germany and California; the
 * Network Act's supplementary report was due 24 hours after that and is left undone — overdue, escalated to the
 * DPO. The 72-hour PIPC report, drafted from the revised facts, waits for legal's approval with 6 hours left — at
 * risk. The Network Act supplement is the one report with a fixed clock from the revision (PIPA's supplement has
 * none), which is why the filed report is the KISA one.
 */
@Component
class DemoScenario {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    static final Duration SINCE_AWARENESS = Duration.ofHours(66);
    static final Duration SINCE_REVISION = Duration.ofHours(30);
    static final String NETWORK_ACT_REPORT = "kr-network-act-report-insider";
    static final String PIPC_REPORT = "kr-pipa-report";

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
        fileFirstNetworkActReport(incident, id);
        referToPolice(incident);
        desk.complete(incident, "record-awareness", any(), OFFICER, Map.of("awareAt", awareAt.toString(),
                "awarenessReasoning", "Security confirmed that evening that the export API was read with a former "
                        + "employee's key."));
        desk.complete(incident, "risk-assessment", any(), OFFICER, Map.of("highRisk", true, "riskReasoning",
                "Contact details and order history of many customers: targeted phishing is likely."));

        intake.revise(id, now.minus(SINCE_REVISION), "Log review: 33.7 million accounts, also residents of Germany "
                + "and California", revision(), OFFICER.username());
        await("the revision to be recorded", () -> records.find(id).orElseThrow().latest().recordedAt() != null);
        desk.await(incident, "draft-report", subject -> subject.startsWith(NETWORK_ACT_REPORT + "/supplement"));
        desk.draft(incident, "draft-report", PIPC_REPORT::equals, OFFICER);

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

    private void fileFirstNetworkActReport(String incident, IncidentId id) {
        desk.draft(incident, "draft-report", NETWORK_ACT_REPORT::equals, OFFICER);
        desk.complete(incident, "approve-report", NETWORK_ACT_REPORT::equals, LEGAL,
                Map.of("approved", true, "comment", "Approved as drafted."));
        desk.complete(incident, "submit-report", NETWORK_ACT_REPORT::equals, OFFICER,
                Map.of("channel", "PORTAL", "receiptNumber", "KISA-DEMO-0001"));
        await("the Network Act report to be met", () -> records.find(id).orElseThrow().obligations().stream()
                .anyMatch(o -> NETWORK_ACT_REPORT.equals(o.key()) && o.status() == ObligationStatus.MET));
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
