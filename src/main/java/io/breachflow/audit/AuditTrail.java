package io.breachflow.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append-only, hash-chained audit trail. Entries are written by {@code audit} itself, listening to
 * the other modules' events, so no module can forget to audit or rewrite what it did; the one write
 * other modules may ask for is {@link #recordAccess}, the personal-data access log.
 *
 * <p>Each link's hash covers the previous link's hash and its own fields ({@code ChainHash}), keyed with
 * HMAC-SHA256 and a secret the database does not hold ({@code AuditKeys}), so changing, removing or
 * reordering any row breaks every later link and cannot be papered over by recomputing the hashes;
 * {@link #verify()} names the first broken one and also holds the chain against the signed checkpoints
 * kept outside the database ({@code AuditCheckpoints}), which a truncation cannot follow. Each append runs in a transaction of its own and takes turns with the others (a lock
 * in this JVM plus a row lock on the chain head for other instances, both held until it commits), so
 * concurrent writers keep the chain linear.
 * {@code detail} must never carry personal data: ids, codes and counts only.
 */
@Service
public class AuditTrail {

    /** The action code of personal-data access log entries. */
    public static final String PERSONAL_DATA_ACCESSED = "PERSONAL_DATA_ACCESSED";

    private static final int VERIFY_BATCH = 1_000;
    private static final int MAX_DETAIL = 2_000;

    private final AuditEntries entries;
    private final AuditKeys keys;
    private final AuditCheckpoints checkpoints;
    private final TransactionTemplate separate;
    private final Clock clock;
    private final ReentrantLock writer = new ReentrantLock(true);

    AuditTrail(AuditEntries entries, AuditKeys keys, AuditCheckpoints checkpoints,
            PlatformTransactionManager transactions, ObjectProvider<Clock> clock) {
        this.entries = entries;
        this.keys = keys;
        this.checkpoints = checkpoints;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Logs that {@code actor} viewed or exported personal data ({@code what}: a short description without
     * the data itself, e.g. "breach register CSV export"). Recorded in a transaction of its own, so the
     * entry stands even if the caller's work is rolled back afterwards.
     */
    public AuditEntry recordAccess(String actor, String what, String incidentId) {
        return separate.execute(status -> appendLocked(actor, PERSONAL_DATA_ACCESSED, incidentId, what));
    }

    /**
     * Appends one link in a transaction of its own (never joining the caller's, which may be read-only or
     * already committed when an event listener runs), so the writer lock is held for the append only.
     */
    AuditEntry append(String actor, String action, String incidentId, String detail) {
        return separate.execute(status -> appendLocked(actor, action, incidentId, detail));
    }

    private AuditEntry appendLocked(String actor, String action, String incidentId, String text) {
        String detail = text == null || text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL - 1) + "…";
        writer.lock();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                writer.unlock();
            }
        });
        AuditEntries.Head head = entries.lockHead();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long sequence = head.sequence() + 1;
        String keyId = keys.currentId();
        String hash = ChainHash.keyed(keys, keyId, head.hash(), sequence, at, actor, action, incidentId, detail)
                .orElseThrow();
        AuditEntry entry = new AuditEntry(sequence, at, actor, action, incidentId, detail, hash);
        entries.insert(entry, head.hash(), keyId);
        return entry;
    }

    /** The incident's entries, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> forIncident(String incidentId) {
        return entries.forIncident(incidentId);
    }

    /**
     * Page {@code page} (from 0) of {@code size} entries, newest first, narrowed to one incident and/or
     * one action code when those are not null.
     */
    @Transactional(readOnly = true)
    public AuditPage page(String incidentId, String action, int page, int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw new IllegalArgumentException("Expected page >= 0 and 1 <= size <= 500, but got page "
                    + page + ", size " + size);
        }
        return new AuditPage(entries.page(incidentId, action, (long) page * size, size), page, size,
                entries.count(incidentId, action));
    }

    /**
     * Walks the whole chain from the first link, holds it against the checkpoints and reports the first
     * affected link, if any.
     */
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        return verifyForCheckpoint().verification();
    }

    /** {@link #verify()} with what a checkpoint of the verified chain records. */
    @Transactional(readOnly = true)
    ChainVerifier.Result verifyForCheckpoint() {
        return new ChainVerifier(entries, keys, checkpoints).verify(VERIFY_BATCH);
    }

    /** The number of entries the head names. */
    @Transactional(readOnly = true)
    public long length() {
        return entries.head().sequence();
    }
}
