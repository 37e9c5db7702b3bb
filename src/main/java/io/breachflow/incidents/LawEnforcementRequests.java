package io.breachflow.incidents;

import io.breachflow.regimes.LawEnforcementHolds;
import io.breachflow.regimes.ObligationKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
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

    /**
     * What recording the request did; {@code alreadyRecorded} when the same request (same agency, reference and
     * end) was recorded before, in which case nothing moved again and {@code held} is what it held then.
     */
    public record HoldRecorded(String holdId, List<HeldObligation> held, List<Unheld> notHeld,
                               boolean alreadyRecorded) {
    }

    /** One obligation a hold moved: its deadline before and after, and where the law allows the hold. */
    public record HeldEntry(String key, OffsetDateTime dueBefore, OffsetDateTime dueAfter, String basis) {
    }

    /** A recorded request, as the case screens show it; {@code liftedAt} is null while it stands. */
    public record HoldView(String id, OffsetDateTime requestedAt, OffsetDateTime holdUntil, String agency,
                           String reference, String note, String recordedBy, Instant recordedAt, Instant liftedAt,
                           String liftedBy, List<HeldEntry> held) {

        public HoldView {
            held = List.copyOf(held);
        }

        /** Whether it still holds notices back at {@code now}: not lifted and not yet ended. */
        public boolean activeAt(Instant now) {
            return liftedAt == null && holdUntil.toInstant().isAfter(now);
        }
    }

    /** The incident's one police referral: who asked (or {@code system} when the cause called for it), when, why. */
    public record Referral(Instant requestedAt, String requestedBy, String reason) {
    }

    private final Incidents incidents;
    private final Holds holds;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LawEnforcementRequests(Incidents incidents, Holds holds, ApplicationEventPublisher events,
            ObjectProvider<Clock> clock) {
        this.incidents = incidents;
        this.holds = holds;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Records the request and holds every open individual notice whose regime allows it. The same request
     * recorded again (same agency and reference, ignoring case and spacing, and the same end) is the same hold:
     * nothing moves a second time and the first recording is answered.
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
        Optional<HoldView> same = holds.of(id).stream()
                .filter(hold -> hold.liftedAt() == null && sameRequest(hold, request)).findFirst();
        if (same.isPresent()) {
            return new HoldRecorded(same.get().id(), heldBy(id, same.get()), notHeld(id), true);
        }
        String holdId = UUID.randomUUID().toString();
        incidents.insertHold(holdId, id, request, recordedBy, clock.instant());
        Duration pause = Duration.between(request.requestedAt(), request.holdUntil());
        List<HeldObligation> held = new ArrayList<>();
        for (Incidents.StoredObligation obligation : openNotices(id)) {
            Optional<LawEnforcementHolds.Hold> hold = LawEnforcementHolds.holdFor(obligation.regime(),
                    ObligationKind.valueOf(obligation.kind()));
            if (hold.isEmpty()) {
                continue;
            }
            OffsetDateTime before = obligation.dueAt() == null ? null : OffsetDateTime.parse(obligation.dueAt());
            OffsetDateTime dueAt = before == null ? null : before.plus(pause);
            OffsetDateTime until = later(request.holdUntil(), obligation.heldUntil());
            incidents.hold(id, obligation.key(), dueAt, until, hold.get().basis());
            holds.held(holdId, obligation.key(), before, dueAt, hold.get().basis());
            held.add(new HeldObligation(obligation.key(), obligation.regime(), obligation.kind(),
                    obligation.recipient(), obligation.jurisdiction(), dueAt, until, hold.get().basis()));
        }
        events.publishEvent(new NoticesHeld(id, holdId, held, recordedBy));
        return new HoldRecorded(holdId, held, notHeld(id), false);
    }

    /**
     * Lifts a hold: the agency says notice no longer impedes its investigation, so notice must follow promptly
     * (Cal. Civ. Code §1798.82 and the other holds in {@link LawEnforcementHolds}). The clock was paused only from
     * the request to the lift, so each held obligation gives back the part of the pause not used; one that
     * another standing hold still covers stays held until that one ends. Lifting a lifted hold changes nothing.
     *
     * @return the obligations whose deadline or hold changed
     * @throws NoSuchElementException when the incident has no such hold
     */
    @Transactional
    public List<HeldObligation> liftHold(IncidentId id, String holdId, String liftedBy) {
        incidents.requireExists(id);
        incidents.lock(id);
        HoldView hold = holds.find(id, holdId).orElseThrow(() ->
                new NoSuchElementException("Expected hold " + holdId + " of incident " + id + ", but there is none"));
        if (hold.liftedAt() != null) {
            return List.of();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        holds.lift(holdId, liftedBy, now);
        Instant resumed = now.isAfter(hold.requestedAt().toInstant()) ? now : hold.requestedAt().toInstant();
        Duration unused = hold.holdUntil().toInstant().isAfter(resumed)
                ? Duration.between(resumed, hold.holdUntil().toInstant()) : Duration.ZERO;
        List<HoldView> standing = holds.of(id).stream().filter(other -> other.activeAt(now)).toList();
        List<HeldObligation> released = new ArrayList<>();
        for (Incidents.StoredObligation obligation : openNotices(id)) {
            if (hold.held().stream().noneMatch(entry -> entry.key().equals(obligation.key()))) {
                continue;
            }
            OffsetDateTime dueAt = obligation.dueAt() == null ? null
                    : OffsetDateTime.parse(obligation.dueAt()).minus(unused);
            Optional<HoldView> still = standing.stream()
                    .filter(other -> other.held().stream().anyMatch(e -> e.key().equals(obligation.key())))
                    .max(Comparator.comparing(other -> other.holdUntil().toInstant()));
            String basis = still.isEmpty() ? null : obligation.holdBasis();
            OffsetDateTime until = still.map(HoldView::holdUntil).orElse(null);
            incidents.hold(id, obligation.key(), dueAt, until, basis);
            released.add(new HeldObligation(obligation.key(), obligation.regime(), obligation.kind(),
                    obligation.recipient(), obligation.jurisdiction(), dueAt, until, basis));
        }
        events.publishEvent(new NoticesReleased(id, holdId, released, liftedBy));
        return released;
    }

    /** Every hold recorded for the incident, oldest first, with what each held. */
    @Transactional(readOnly = true)
    public List<HoldView> holds(IncidentId id) {
        return holds.of(id);
    }

    /** The incident's open individual notices that no law-enforcement request can hold, with the reason. */
    @Transactional(readOnly = true)
    public List<Unheld> unholdable(IncidentId id) {
        return notHeld(id);
    }

    /** The incident's police referral, if one was asked for (by the cause or by an officer). */
    @Transactional(readOnly = true)
    public Optional<Referral> referral(IncidentId id) {
        return incidents.referral(id);
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

    private List<Incidents.StoredObligation> openNotices(IncidentId id) {
        return incidents.obligations(id).stream()
                .filter(o -> o.status() == ObligationStatus.OPEN && isNotice(o.kind())).toList();
    }

    /** The open notices the law lets no police request hold, with the reason. */
    private List<Unheld> notHeld(IncidentId id) {
        return openNotices(id).stream()
                .filter(o -> LawEnforcementHolds.holdFor(o.regime(), ObligationKind.valueOf(o.kind())).isEmpty())
                .map(o -> new Unheld(o.key(), o.regime(), o.kind(),
                        "The law of " + o.regime() + " lets no law-enforcement request hold this notice"))
                .toList();
    }

    /** What an earlier recording of the request held, as the obligations stand now. */
    private List<HeldObligation> heldBy(IncidentId id, HoldView hold) {
        return incidents.obligations(id).stream()
                .filter(o -> hold.held().stream().anyMatch(entry -> entry.key().equals(o.key())))
                .map(o -> new HeldObligation(o.key(), o.regime(), o.kind(), o.recipient(), o.jurisdiction(),
                        o.dueAt() == null ? null : OffsetDateTime.parse(o.dueAt()),
                        o.heldUntil() == null ? null : OffsetDateTime.parse(o.heldUntil()), o.holdBasis()))
                .toList();
    }

    private static boolean sameRequest(HoldView hold, HoldRequest request) {
        return same(hold.agency(), request.agency()) && same(hold.reference(), request.reference())
                && hold.holdUntil().toInstant().equals(request.holdUntil().toInstant());
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && squeeze(a).equalsIgnoreCase(squeeze(b));
    }

    private static String squeeze(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** The later of the request's end and an end an earlier hold already set. */
    private static OffsetDateTime later(OffsetDateTime until, String earlier) {
        if (earlier == null) {
            return until;
        }
        OffsetDateTime other = OffsetDateTime.parse(earlier);
        return other.toInstant().isAfter(until.toInstant()) ? other : until;
    }

    private static boolean isNotice(String kind) {
        return ObligationKind.INDIVIDUAL_NOTICE.name().equals(kind);
    }

}
