package io.breachflow.filings;

import io.breachflow.filings.internal.evidence.EvidenceManifests;
import io.breachflow.filings.internal.evidence.EvidenceProperties;
import io.breachflow.filings.internal.evidence.EvidenceStore;
import io.breachflow.filings.internal.evidence.Sha256;
import io.breachflow.incidents.IncidentId;
import io.breachflow.incidents.IncidentIntake;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
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
@EnableConfigurationProperties(EvidenceProperties.class)
public class EvidenceLocker {

    /** The actor of process-driven packaging. */
    public static final String SYSTEM = "system";

    private final EvidenceStore store;
    private final IncidentIntake incidents;
    private final ApplicationEventPublisher events;
    private final EvidenceManifests manifests;
    private final long maxBytes;
    private final Clock clock;

    EvidenceLocker(EvidenceStore store, IncidentIntake incidents, ApplicationEventPublisher events,
            EvidenceManifests manifests, EvidenceProperties properties, ObjectProvider<Clock> clock) {
        this.store = store;
        this.incidents = incidents;
        this.events = events;
        this.manifests = manifests;
        this.maxBytes = properties.maxSize().toBytes();
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
    public EvidenceItem add(String incidentId, NewEvidence file, String actor) {
        requireIncident(incidentId);
        byte[] bytes = read(file.content());
        if (bytes.length == 0) {
            throw new EvidenceRefusedException(EvidenceRefusedException.Reason.INVALID, "file", "must not be empty");
        }
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
    public List<EvidenceItem> list(String incidentId, String actor) {
        requireIncident(incidentId);
        events.publishEvent(new EvidenceAccessed(incidentId, null, "LISTED", actor));
        return store.items(incidentId).stream().map(this::withCustody).toList();
    }

    /** One item's details; records a VIEWED custody entry. */
    @Transactional
    public EvidenceItem view(String incidentId, String itemId, String actor) {
        EvidenceStore.StoredItem item = find(incidentId, itemId);
        store.custody(item.id(), EvidenceItem.CustodyAction.VIEWED, actor, now(), null);
        events.publishEvent(new EvidenceAccessed(incidentId, item.id(), "VIEWED", actor));
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
        events.publishEvent(new EvidenceAccessed(incidentId, item.id(), "DOWNLOADED", actor));
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
    public EvidencePackage packageFor(String incidentId, String actor) {
        requireIncident(incidentId);
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
        return store.evidencePackage(incidentId, uuid(packageId, "packageId")).orElseThrow(() ->
                new EvidenceRefusedException(EvidenceRefusedException.Reason.NOT_FOUND, "packageId",
                        "Expected package " + packageId + " of incident " + incidentId + ", but there is none"));
    }

    /** Records that the package went to the police under {@code caseNumber} (HANDED_TO_POLICE on each item). */
    @Transactional
    public EvidencePackage handOver(String incidentId, String packageId, String caseNumber, String actor) {
        EvidencePackage handed = evidencePackage(incidentId, packageId);
        if (caseNumber == null || caseNumber.isBlank() || caseNumber.length() > 100) {
            throw new EvidenceRefusedException(EvidenceRefusedException.Reason.INVALID, "caseNumber",
                    "must be the police case number (1 to 100 characters)");
        }
        Instant now = now();
        store.packagedItems(handed.id()).forEach(item ->
                store.custody(item, EvidenceItem.CustodyAction.HANDED_TO_POLICE, actor, now, caseNumber.strip()));
        events.publishEvent(new EvidenceHandedToPolice(incidentId, handed.id(), caseNumber.strip(), actor));
        return handed;
    }

    /** The incident's newest package, if one was built. */
    @Transactional(readOnly = true)
    public java.util.Optional<EvidencePackage> latestPackage(String incidentId) {
        return store.latestPackage(uuid(incidentId, "incidentId")).map(id -> evidencePackage(incidentId, id));
    }

    private EvidenceStore.StoredItem find(String incidentId, String itemId) {
        return store.item(incidentId, uuid(itemId, "itemId")).orElseThrow(() ->
                new EvidenceRefusedException(EvidenceRefusedException.Reason.NOT_FOUND, "itemId",
                        "Expected evidence " + itemId + " of incident " + incidentId + ", but there is none"));
    }

    private EvidenceItem withCustody(EvidenceStore.StoredItem item) {
        return new EvidenceItem(item.id(), item.incidentId(), item.fileName(), item.mediaType(), item.sizeBytes(),
                item.sha256(), item.description(), item.uploadedBy(), item.uploadedAt(), store.custody(item.id()));
    }

    private void requireIncident(String incidentId) {
        try {
            incidents.currentFacts(IncidentId.of(uuid(incidentId, "incidentId")));
        } catch (NoSuchElementException e) {
            throw new EvidenceRefusedException(EvidenceRefusedException.Reason.NOT_FOUND, "incidentId",
                    "Expected incident " + incidentId + ", but there is none");
        }
    }

    private byte[] read(InputStream content) {
        try (InputStream in = content) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new EvidenceRefusedException(EvidenceRefusedException.Reason.TOO_LARGE, "file",
                        "must be at most " + maxBytes + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String uuid(String text, String field) {
        try {
            return UUID.fromString(text).toString();
        } catch (IllegalArgumentException e) {
            throw new EvidenceRefusedException(EvidenceRefusedException.Reason.INVALID, field, "must be a UUID");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
