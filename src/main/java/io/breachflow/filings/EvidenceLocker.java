package io.breachflow.filings;

import io.breachflow.filings.internal.evidence.EvidenceChecks;
import io.breachflow.filings.internal.evidence.EvidenceManifests;
import io.breachflow.filings.internal.evidence.EvidenceStore;
import io.breachflow.filings.internal.evidence.Sha256;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence locker for police referrals: files kept with their SHA-256 and a chain of custody, and
 * hashed package manifests. Every access is recorded in the item's custody list and announced
 * ({@link EvidenceAccessed}) so the audit module logs it in the personal-data access log; a download
 * re-checks the stored hash first, so a changed file is never handed out as evidence.
 */
@Service
public class EvidenceLocker {

    /** The actor of process-driven packaging. */
    public static final String SYSTEM = "system";

    private final EvidenceStore store;
    private final EvidenceChecks checks;
    private final ApplicationEventPublisher events;
    private final EvidenceManifests manifests;
    private final Clock clock;

    EvidenceLocker(EvidenceStore store, EvidenceChecks checks, ApplicationEventPublisher events,
            EvidenceManifests manifests, ObjectProvider<Clock> clock) {
        this.store = store;
        this.checks = checks;
        this.events = events;
        this.manifests = manifests;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The file to add: its name and media type as uploaded, what it shows, and its bytes. */
    public record NewEvidence(String fileName, String mediaType, String description, InputStream content) {
    }

    /** A downloaded item: its details (custody including this download) and bytes. */
    public record Download(EvidenceItem item, byte[] content) {
    }

    /** Stores the file with its SHA-256 and an UPLOADED custody record. */
    @Transactional
    public EvidenceItem add(String incident, NewEvidence file, String actor) {
        String incidentId = checks.requireIncident(incident);
        byte[] bytes = checks.read(file.content());
        Instant now = now();
        EvidenceStore.StoredItem item = new EvidenceStore.StoredItem(UUID.randomUUID().toString(), incidentId,
                file.fileName(), file.mediaType(), bytes.length, Sha256.hex(bytes), file.description(), actor, now);
        store.insert(item, bytes);
        store.custody(item.id(), EvidenceItem.CustodyAction.UPLOADED, actor, now, null);
        events.publishEvent(new EvidenceAdded(incidentId, item.id(), item.sha256(), bytes.length, actor));
        return withCustody(item);
    }

    /** The incident's items with hashes and custody, oldest first; the listing itself is logged. */
    @Transactional
    public List<EvidenceItem> list(String incident, String actor) {
        String incidentId = checks.requireIncident(incident);
        events.publishEvent(new EvidenceAccessed(incidentId, null, "LISTED", actor));
        return store.items(incidentId).stream().map(this::withCustody).toList();
    }

    /** One item's details; records a VIEWED custody entry. */
    @Transactional
    public EvidenceItem view(String incidentId, String itemId, String actor) {
        EvidenceStore.StoredItem item = find(incidentId, itemId);
        store.custody(item.id(), EvidenceItem.CustodyAction.VIEWED, actor, now(), null);
        events.publishEvent(new EvidenceAccessed(item.incidentId(), item.id(), "VIEWED", actor));
        return withCustody(item);
    }

    /** The item's bytes, after checking them against the hash taken at upload; records DOWNLOADED. */
    @Transactional
    public Download download(String incidentId, String itemId, String actor) {
        EvidenceStore.StoredItem item = find(incidentId, itemId);
        byte[] content = store.content(item.id());
        if (!Sha256.hex(content).equals(item.sha256())) {
            throw new IllegalStateException("Expected evidence " + item.id() + " to hash to " + item.sha256()
                    + ", but its stored content does not: it was changed after upload");
        }
        store.custody(item.id(), EvidenceItem.CustodyAction.DOWNLOADED, actor, now(), null);
        events.publishEvent(new EvidenceAccessed(item.incidentId(), item.id(), "DOWNLOADED", actor));
        return new Download(withCustody(item), content);
    }

    /** As {@link #packageFor(String, String)}, by the process. */
    public EvidencePackage packageFor(String incidentId) {
        return packageFor(incidentId, SYSTEM);
    }

    /**
     * Builds the police package of every item of the incident: records PACKAGED on each, stores the
     * manifest with its SHA-256. Refuses an incident without evidence.
     */
    @Transactional
    public EvidencePackage packageFor(String incident, String actor) {
        String incidentId = checks.requireIncident(incident);
        List<EvidenceStore.StoredItem> items = store.items(incidentId);
        if (items.isEmpty()) {
            throw new EvidenceRefusedException(EvidenceRefusedException.Reason.EMPTY_PACKAGE, null,
                    "Expected evidence to package for incident " + incidentId + ", but the locker holds none");
        }
        String packageId = UUID.randomUUID().toString();
        Instant now = now();
        items.forEach(item -> store.custody(item.id(), EvidenceItem.CustodyAction.PACKAGED, actor, now, packageId));
        String manifest = manifests.write(packageId, incidentId, actor, now,
                items.stream().map(this::withCustody).toList());
        EvidencePackage built = new EvidencePackage(packageId, incidentId, actor, now, items.size(), manifest,
                Sha256.hex(manifest));
        store.insertPackage(built);
        events.publishEvent(new EvidencePackaged(incidentId, packageId, built.sha256(), items.size(), actor));
        return built;
    }

    /** A package built earlier, with its manifest exactly as hashed. */
    @Transactional(readOnly = true)
    public EvidencePackage evidencePackage(String incidentId, String packageId) {
        String incident = EvidenceChecks.uuid(incidentId, "incidentId");
        return store.evidencePackage(incident, EvidenceChecks.uuid(packageId, "packageId")).orElseThrow(() ->
                new EvidenceRefusedException(EvidenceRefusedException.Reason.NOT_FOUND, "packageId",
                        "Expected package " + packageId + " of incident " + incidentId + ", but there is none"));
    }

    /** Records that the package went to the police under {@code caseNumber} (HANDED_TO_POLICE on each item). */
    @Transactional
    public EvidencePackage handOver(String incidentId, String packageId, String caseNumber, String actor) {
        return handOver(incidentId, packageId, caseNumber, null, actor);
    }

    /**
     * Records that the package went to {@code handedTo} (the police force or unit; null when not known) under
     * {@code caseNumber}: HANDED_TO_POLICE on each item and a hand-over record of the package.
     */
    @Transactional
    public EvidencePackage handOver(String incidentId, String packageId, String caseNumber, String handedTo,
            String actor) {
        EvidencePackage handed = evidencePackage(incidentId, packageId);
        String number = EvidenceChecks.caseNumber(caseNumber);
        String recipient = EvidenceChecks.handedTo(handedTo);
        Instant now = now();
        store.packagedItems(handed.id()).forEach(item ->
                store.custody(item, EvidenceItem.CustodyAction.HANDED_TO_POLICE, actor, now, number));
        store.insertHandOver(new EvidenceHandOver(handed.id(), handed.incidentId(), recipient, number, actor, now));
        events.publishEvent(new EvidenceHandedToPolice(handed.incidentId(), handed.id(), number, actor));
        return handed;
    }

    /** The incident's packages, newest first. */
    @Transactional(readOnly = true)
    public List<EvidencePackage> packages(String incidentId) {
        return store.packages(EvidenceChecks.uuid(incidentId, "incidentId")).stream()
                .map(id -> evidencePackage(incidentId, id)).toList();
    }

    /** Every recorded hand-over of the incident's packages, oldest first. */
    @Transactional(readOnly = true)
    public List<EvidenceHandOver> handOvers(String incidentId) {
        return store.handOvers(EvidenceChecks.uuid(incidentId, "incidentId"));
    }

    /** The largest file the locker takes, in bytes ({@code breachflow.filings.evidence.max-size}). */
    public long maxBytes() {
        return checks.maxBytes();
    }

    /** The incident's newest package, if one was built. */
    @Transactional(readOnly = true)
    public Optional<EvidencePackage> latestPackage(String incidentId) {
        return store.latestPackage(EvidenceChecks.uuid(incidentId, "incidentId"))
                .map(id -> evidencePackage(incidentId, id));
    }

    private EvidenceStore.StoredItem find(String incidentId, String itemId) {
        String incident = EvidenceChecks.uuid(incidentId, "incidentId");
        return store.item(incident, EvidenceChecks.uuid(itemId, "itemId")).orElseThrow(() ->
                new EvidenceRefusedException(EvidenceRefusedException.Reason.NOT_FOUND, "itemId",
                        "Expected evidence " + itemId + " of incident " + incidentId + ", but there is none"));
    }

    private EvidenceItem withCustody(EvidenceStore.StoredItem item) {
        return new EvidenceItem(item.id(), item.incidentId(), item.fileName(), item.mediaType(), item.sizeBytes(),
                item.sha256(), item.description(), item.uploadedBy(), item.uploadedAt(), store.custody(item.id()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
