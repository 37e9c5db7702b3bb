package io.breachflow.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.breachflow.incidents.IncidentId;
import io.breachflow.incidents.IncidentIntake;
import io.breachflow.regimes.BreachFacts;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code breach.record-assessment}: the officer confirmed when the organisation became aware and whether the
 * breach is high-risk. Where that differs from the reported facts it becomes a scope revision, so every clock
 * and notice duty follows the officer's conclusion through the same path as any other change of facts.
 */
@Component
public class RecordAssessmentWorker {

    private final IncidentIntake incidents;
    private final ObjectMapper mapper;
    private final Clock clock;

    RecordAssessmentWorker(IncidentIntake incidents, ObjectMapper mapper, ObjectProvider<Clock> clock) {
        this.incidents = incidents;
        this.mapper = mapper;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @JobWorker(type = JobTypes.RECORD_ASSESSMENT)
    public void record(@Variable String incidentId, @Variable String awareAt, @Variable Boolean highRisk) {
        IncidentId id = IncidentId.of(incidentId);
        BreachFacts facts = incidents.currentFacts(id);
        ObjectNode changes = mapper.createObjectNode();
        if (awareAt != null && !sameInstant(facts.awareAt(), OffsetDateTime.parse(awareAt))) {
            changes.put("awareAt", awareAt);
        }
        if (highRisk != null && !Objects.equals(facts.highRisk(), highRisk)) {
            changes.put("highRisk", highRisk);
        }
        if (!changes.isEmpty()) {
            incidents.revise(id, clock.instant().atOffset(ZoneOffset.UTC),
                    "Awareness and risk as assessed by the compliance officer", changes, "risk-assessment");
        }
    }

    private static boolean sameInstant(OffsetDateTime a, OffsetDateTime b) {
        return a != null && a.toInstant().equals(b.toInstant());
    }
}
