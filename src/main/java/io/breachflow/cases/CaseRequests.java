package io.breachflow.cases;

import io.breachflow.incidents.IncidentId;
import io.breachflow.incidents.LawEnforcementRequests;
import io.breachflow.incidents.RegulatorQuestions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The workspace's "requests from outside" panel: the law-enforcement holds that stand (what they hold, until
 * when, who recorded them and on what law), the regulator's questions and orders, and the police referral. Each
 * has its own page in {@code incidents}; this only reads their front door, in three small queries, and never
 * lists the evidence locker (a listing is a logged access), so opening the workspace stays a plain read.
 */
@Component
class CaseRequests {

    /** What the panel shows. */
    record Panel(List<LawEnforcementRequests.HoldView> standingHolds, int holdsRecorded,
            List<RegulatorQuestions.Recorded> questions, Optional<LawEnforcementRequests.Referral> referral,
            Instant now) {
    }

    private final LawEnforcementRequests requests;
    private final RegulatorQuestions questions;
    private final Clock clock;

    CaseRequests(LawEnforcementRequests requests, RegulatorQuestions questions, ObjectProvider<Clock> clock) {
        this.requests = requests;
        this.questions = questions;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    Panel of(IncidentId incident) {
        Instant now = clock.instant();
        List<LawEnforcementRequests.HoldView> holds = requests.holds(incident);
        return new Panel(holds.stream().filter(hold -> hold.activeAt(now)).toList(), holds.size(),
                questions.of(incident), requests.referral(incident), now);
    }
}
