package io.breachflow.audit;

import io.breachflow.incidents.NoticesHeld;
import io.breachflow.incidents.NoticesReleased;
import io.breachflow.incidents.PoliceReferralRequested;
import io.breachflow.incidents.RegulatorQuestionReceived;
import java.util.stream.Collectors;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Audits the incident events that change the course of a case without a task: a law-enforcement hold on
 * notices (which obligations, until when) and its lift, a police referral asked for by an officer, a regulator's
 * follow-up question, each under the name of the user who recorded it. References, codes and dates only.
 */
@Component
class CaseEventAuditListener {

    private final AuditTrail trail;

    CaseEventAuditListener(AuditTrail trail) {
        this.trail = trail;
    }

    @Async
    @TransactionalEventListener
    void on(NoticesHeld held) {
        trail.append(AuditListeners.actor(held.recordedBy()), "NOTICES_HELD", held.incidentId().toString(),
                "hold=" + held.holdId() + " held=" + held.held().stream().map(h -> h.key() + " until " + h.heldUntil())
                        .collect(Collectors.joining(", ", "[", "]")));
    }

    @Async
    @TransactionalEventListener
    void on(NoticesReleased released) {
        trail.append(AuditListeners.actor(released.liftedBy()), "NOTICES_RELEASED", released.incidentId().toString(),
                "hold=" + released.holdId() + " released=" + released.released().stream()
                        .map(h -> h.key() + " due " + h.dueAt()).collect(Collectors.joining(", ", "[", "]")));
    }

    @Async
    @TransactionalEventListener
    void on(PoliceReferralRequested requested) {
        trail.append(AuditListeners.actor(requested.requestedBy()), "POLICE_REFERRAL_REQUESTED",
                requested.incidentId().toString(), null);
    }

    @Async
    @TransactionalEventListener
    void on(RegulatorQuestionReceived question) {
        trail.append(AuditListeners.actor(question.recordedBy()), "REGULATOR_QUESTION_RECEIVED",
                question.incidentId().toString(), "question=" + question.questionId() + " kind=" + question.kind() + " authority="
                        + question.authority() + " answerDue=" + question.answerDue());
    }
}
