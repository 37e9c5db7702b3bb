package io.breachflow.audit;

import io.breachflow.incidents.IncidentId;
import io.breachflow.incidents.IncidentIntake;
import io.breachflow.regimes.BreachFacts;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The breach register: one entry per suspected or reported incident, kept by {@code audit} from the
 * other modules' events (detection, triage, intake, revisions, post-incident review, closure).
 *
 * <p>Why every triage decision: GDPR Art. 33(5) obliges the controller to document <em>every</em>
 * personal data breach, notified or not — facts, effects and remedial action — so the supervisory
 * authority can verify compliance (regulations.md 2.9); PIPEDA asks for a record of every breach
 * (12.4). Keeping the "not a breach" and "false alarm" decisions with their reasoning shows why no
 * entry became a notified breach. Entries hold counts and categories, never personal data.
 */
@Service
public class BreachRegister {

    private final RegisterEntries entries;
    private final IncidentIntake intake;
    private final Clock clock;

    BreachRegister(RegisterEntries entries, IncidentIntake intake, ObjectProvider<Clock> clock) {
        this.entries = entries;
        this.intake = intake;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Every entry, newest first. */
    @Transactional(readOnly = true)
    public List<RegisterEntry> entries() {
        return entries.all();
    }

    /** The entry of one incident or suspected incident. */
    @Transactional(readOnly = true)
    public Optional<RegisterEntry> entry(String incidentId) {
        return entries.find(incidentId);
    }

    @Transactional
    void suspected(String incidentId) {
        entries.open(incidentId, "OPEN", clock.instant());
    }

    @Transactional
    void triaged(String incidentId, String outcome, String reasoning, String decidedBy, Instant decidedAt) {
        entries.open(incidentId, "OPEN", clock.instant());
        entries.decide(incidentId, outcome, reasoning, decidedBy, decidedAt);
    }

    /*
     * The listeners run asynchronously, so a report, its revisions and their recording may arrive in any
     * order: each reads the incident's facts and obligations as they are now rather than trusting its
     * event's copy, and the revision number never goes back.
     */

    @Transactional
    void reported(String incidentId) {
        Instant now = clock.instant();
        entries.open(incidentId, "BREACH", now);
        entries.confirm(incidentId, obligations(incidentId), now);
        entries.facts(incidentId, facts(intake.currentFacts(IncidentId.of(incidentId))), 1, now);
    }

    @Transactional
    void revised(String incidentId, int revision) {
        Instant now = clock.instant();
        entries.open(incidentId, "BREACH", now);
        entries.facts(incidentId, facts(intake.currentFacts(IncidentId.of(incidentId))), revision, now);
    }

    /** The process recorded a revision: the obligations are now those of the latest facts. */
    @Transactional
    void obligationsRevised(String incidentId) {
        Instant now = clock.instant();
        entries.open(incidentId, "BREACH", now);
        entries.obligations(incidentId, obligations(incidentId), now);
    }

    /** Records what was done to contain the breach and mitigate its effects (Art. 33(5) "remedial action"). */
    @Transactional
    public void recordRemedialAction(String incidentId, String remedialAction) {
        if (entries.find(incidentId).isEmpty()) {
            throw new java.util.NoSuchElementException("Expected a register entry for " + incidentId
                    + ", but there is none");
        }
        entries.remedialAction(incidentId, remedialAction, clock.instant());
    }

    /**
     * Marks the entry of {@code incidentId} as a drill's (run {@code drillRun}): an exercise kept on record
     * with its report, never counted as a breach. False while the entry is not there yet.
     */
    @Transactional
    public boolean markDrill(String incidentId, long drillRun) {
        if (entries.find(incidentId).isEmpty()) {
            return false;
        }
        entries.drill(incidentId, drillRun, clock.instant());
        return true;
    }

    @Transactional
    void reviewed(String incidentId, String lessonsLearned) {
        entries.open(incidentId, "BREACH", clock.instant());
        entries.lessonsLearned(incidentId, lessonsLearned, clock.instant());
    }

    @Transactional
    void closed(String incidentId, Instant closedAt) {
        entries.open(incidentId, "BREACH", clock.instant());
        entries.close(incidentId, closedAt);
    }

    private String obligations(String incidentId) {
        return String.join(RegisterEntry.OBLIGATION_SEPARATOR,
                intake.requiredObligationKeys(IncidentId.of(incidentId)));
    }

    private static RegisterEntries.Facts facts(BreachFacts facts) {
        String categories = facts.dataCategories().stream().map(Enum::name).sorted()
                .collect(Collectors.joining(", "));
        String detail = facts.affected().stream().map(a -> a.jurisdiction() + " " + a.count())
                .collect(Collectors.joining(", "));
        long total = facts.affected().stream().mapToLong(BreachFacts.Affected::count).sum();
        return new RegisterEntries.Facts(facts.title(), facts.cause().name(), categories,
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(facts.awareAt()), total, detail, facts.highRisk(),
                facts.encrypted());
    }
}
