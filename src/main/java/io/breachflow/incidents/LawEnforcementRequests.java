package io.breachflow.incidents;

import io.breachflow.regimes.LawEnforcementHolds;
import io.breachflow.regimes.ObligationKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the police ask of a case: a request to hold individual notices back, applied only where the regime
 * allows it ({@link LawEnforcementHolds}) and kept with the request, and the one police referral an incident
 * gets, whether its cause called for it or an officer asked.
 *
 * <p>A hold pauses the clock: each held obligation's deadline moves by the length of the hold and shows
 * until when and on what basis it is held. Obligations the law does not let the police hold are listed
 * with the reason, so nobody assumes their clock stopped.
 */
@Service
public class LawEnforcementRequests {

    /** A request from law enforcement, as recorded by an officer. */
    public record HoldRequest(OffsetDateTime requestedAt, OffsetDateTime holdUntil, String agency, String reference,
                              String note, String attachmentId) {
    }

    /** An obligation the request held. */
    public record HeldObligation(String key, String regime, String kind, String recipient, String jurisdiction,
                                 OffsetDateTime dueAt, OffsetDateTime heldUntil, String basis) {
    }

    /** An open notice obligation the request could not hold, and why. */
    public record Unheld(String key, String regime, String kind, String reason) {
    }

    /** What recording the request did. */
    public record HoldRecorded(String holdId, List<HeldObligation> held, List<Unheld> notHeld) {
    }

    private final Incidents incidents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LawEnforcementRequests(Incidents incidents, ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this.incidents = incidents;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Records the request and holds every open individual notice whose regime allows it.
     *
     * @throws NoSuchElementException when there is no such incident
     * @throws IllegalArgumentException when the hold ends before it starts
     */
    @Transactional
    public HoldRecorded recordHold(IncidentId id, HoldRequest request, String recordedBy) {
        incidents.requireExists(id);
        if (!request.holdUntil().isAfter(request.requestedAt())) {
            throw new IllegalArgumentException("Expected the hold to end after it was requested, but it ends at "
                    + request.holdUntil());
        }
        incidents.lock(id);
        String holdId = UUID.randomUUID().toString();
        incidents.insertHold(holdId, id, request, recordedBy, clock.instant());
        Duration pause = Duration.between(request.requestedAt(), request.holdUntil());
        List<HeldObligation> held = new ArrayList<>();
        List<Unheld> notHeld = new ArrayList<>();
        for (Incidents.StoredObligation obligation : incidents.obligations(id)) {
            if (obligation.status() != ObligationStatus.OPEN || !isNotice(obligation.kind())) {
                continue;
            }
            Optional<LawEnforcementHolds.Hold> hold = LawEnforcementHolds.holdFor(obligation.regime(),
                    ObligationKind.valueOf(obligation.kind()));
            if (hold.isEmpty()) {
                notHeld.add(new Unheld(obligation.key(), obligation.regime(), obligation.kind(),
                        "The law of " + obligation.regime() + " lets no law-enforcement request hold this notice"));
                continue;
            }
            OffsetDateTime dueAt = obligation.dueAt() == null ? null
                    : OffsetDateTime.parse(obligation.dueAt()).plus(pause);
            incidents.hold(id, obligation.key(), dueAt, request.holdUntil(), hold.get().basis());
            held.add(new HeldObligation(obligation.key(), obligation.regime(), obligation.kind(),
                    obligation.recipient(), obligation.jurisdiction(), dueAt, request.holdUntil(),
                    hold.get().basis()));
        }
        events.publishEvent(new NoticesHeld(id, holdId, held, recordedBy));
        return new HoldRecorded(holdId, held, notHeld);
    }

    /**
     * Starts the incident's police referral at an officer's request.
     *
     * @return false when the incident already has a referral (its cause called for one, or someone asked)
     */
    @Transactional
    public boolean requestReferral(IncidentId id, String requestedBy, String reason) {
        incidents.requireExists(id);
        incidents.lock(id);
        if (!incidents.claimReferral(id, requestedBy, reason, clock.instant())) {
            return false;
        }
        events.publishEvent(new PoliceReferralRequested(id, requestedBy));
        return true;
    }

    /**
     * Records the referral the cause calls for (an insider or an attack is a crime); false when an officer
     * asked for one first (that referral is already under way). Idempotent: asking again answers true.
     * Publishes nothing: the lifecycle that asks starts the referral itself.
     */
    @Transactional
    public boolean claimReferralForCause(IncidentId id, String cause) {
        incidents.lock(id);
        return incidents.claimReferral(id, CAUSE, "The cause " + cause + " is a crime", clock.instant())
                || incidents.referralRequestedBy(id).filter(CAUSE::equals).isPresent();
    }

    /** Who asked for a referral the cause called for. */
    private static final String CAUSE = "system";

    private static boolean isNotice(String kind) {
        return ObligationKind.INDIVIDUAL_NOTICE.name().equals(kind);
    }

}
