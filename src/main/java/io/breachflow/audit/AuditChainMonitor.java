package io.breachflow.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Verifies the chain when {@link AuditChainSchedule} says (at start-up and every
 * {@code breachflow.audit.checkpoint-interval}, default 15 minutes) and when an auditor asks; keeps the latest outcome for the banner and the audit page. An intact chain
 * that grew since the last checkpoint gets a new signed checkpoint, appended to the checkpoint file and
 * mailed to the auditors; a chain is never checkpointed while broken, so a rewrite is never blessed. A
 * new break publishes {@link AuditChainBroken} once (not again on every run while it lasts). The outcome is kept in
 * the database ({@link AuditChainStatuses}), so every node of a cluster shows it and raises a break once.
 */
@Component
class AuditChainMonitor {

    /** The latest verification and when it ran. */
    record Status(AuditVerification verification, Instant at) {
    }

    private static final Logger log = LoggerFactory.getLogger(AuditChainMonitor.class);

    private final AuditTrail trail;
    private final AuditCheckpoints checkpoints;
    private final AuditChainMail mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditChainStatuses statuses;

    AuditChainMonitor(AuditTrail trail, AuditCheckpoints checkpoints, AuditChainMail mail,
            ApplicationEventPublisher events, ObjectProvider<Clock> clock, AuditChainStatuses statuses) {
        this.trail = trail;
        this.checkpoints = checkpoints;
        this.mail = mail;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.statuses = statuses;
    }

    /** Verifies now and checkpoints an intact, grown chain; the outcome as the page shows it. */
    synchronized AuditVerification run() {
        Instant now = clock.instant();
        ChainVerifier.Result result = trail.verifyForCheckpoint();
        AuditVerification verification = result.verification();
        Status previous = statuses.latest().orElse(null);
        if (!verification.intact()) {
            statuses.save(new Status(verification, now));
            if (previous == null || previous.verification().intact()
                    || !Objects.equals(previous.verification().brokenAt(), verification.brokenAt())) {
                log.error("Audit chain verification failed: {}", verification.summary());
                events.publishEvent(new AuditChainBroken(verification.brokenAt(), verification.problem(), now));
            }
            return verification;
        }
        long checked = verification.checked();
        if (checked > 0 && (verification.checkpoint() == null || checked > verification.checkpoint())) {
            AuditCheckpoint checkpoint = checkpoints.sign(checked, result.headHash(), now, result.legacyUpTo());
            checkpoints.append(checkpoint);
            mail.checkpoint(checkpoint, checkpoints.line(checkpoint));
            verification = AuditVerification.ok(checked, checked);
        }
        statuses.save(new Status(verification, now));
        return verification;
    }

    /** The latest verification on any node of this database, if one ran. */
    Optional<Status> status() {
        return statuses.latest();
    }

    /** {@link #run()}, logging rather than throwing a failure (for the schedule, {@link AuditChainSchedule}). */
    void runQuietly() {
        try {
            run();
        } catch (RuntimeException e) {
            log.error("Could not verify or checkpoint the audit chain", e);
        }
    }
}
