package io.breachflow.filings.internal.evidence;

import io.breachflow.filings.EvidenceHandOver;
import io.breachflow.filings.EvidenceItem;
import io.breachflow.filings.EvidencePackage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code evidence_item}, {@code evidence_custody}, {@code evidence_package} and {@code evidence_handover} tables. */
@Repository
public class EvidenceStore {

    /** An item as stored, before its custody list is attached. */
    public record StoredItem(String id, String incidentId, String fileName, String mediaType, long sizeBytes,
                             String sha256, String description, String uploadedBy, Instant uploadedAt) {
    }

    private static final String ITEM_COLUMNS =
            "id, incident_id, file_name, media_type, size_bytes, sha256, description, uploaded_by, uploaded_at";

    private final JdbcClient jdbc;

    EvidenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(StoredItem item, byte[] content) {
        jdbc.sql("INSERT INTO evidence_item (" + ITEM_COLUMNS + ", content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.fromString(item.id()), item.incidentId(), item.fileName(), item.mediaType(),
                        item.sizeBytes(), item.sha256(), item.description(), item.uploadedBy(), utc(item.uploadedAt()),
                        content)
                .update();
    }

    public void custody(String itemId, EvidenceItem.CustodyAction action, String actor, Instant at, String reference) {
        jdbc.sql("INSERT INTO evidence_custody (item_id, action, actor, at, reference) VALUES (?, ?, ?, ?, ?)")
                .params(UUID.fromString(itemId), action.name(), actor, utc(at), reference).update();
    }

    public List<StoredItem> items(String incidentId) {
        return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM evidence_item WHERE incident_id = ? ORDER BY uploaded_at, id")
                .param(incidentId).query(EvidenceStore::item).list();
    }

    public Optional<StoredItem> item(String incidentId, String itemId) {
        return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM evidence_item WHERE incident_id = ? AND id = ?")
                .params(incidentId, UUID.fromString(itemId)).query(EvidenceStore::item).optional();
    }

    public byte[] content(String itemId) {
        return jdbc.sql("SELECT content FROM evidence_item WHERE id = ?").param(UUID.fromString(itemId))
                .query((rs, row) -> rs.getBytes("content")).single();
    }

    public List<EvidenceItem.Custody> custody(String itemId) {
        return jdbc.sql("SELECT action, actor, at, reference FROM evidence_custody WHERE item_id = ? ORDER BY id")
                .param(UUID.fromString(itemId))
                .query((rs, row) -> new EvidenceItem.Custody(EvidenceItem.CustodyAction.valueOf(rs.getString("action")),
                        rs.getString("actor"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("reference")))
                .list();
    }

    /** Ids of the items packaged in {@code packageId}. */
    public List<String> packagedItems(String packageId) {
        return jdbc.sql("SELECT item_id FROM evidence_custody WHERE action = 'PACKAGED' AND reference = ? ORDER BY id")
                .param(packageId).query(UUID.class).list().stream().map(UUID::toString).toList();
    }

    public void insertPackage(EvidencePackage evidencePackage) {
        jdbc.sql("""
                INSERT INTO evidence_package (id, incident_id, created_by, created_at, manifest, sha256)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(UUID.fromString(evidencePackage.id()), evidencePackage.incidentId(),
                        evidencePackage.createdBy(), utc(evidencePackage.createdAt()), evidencePackage.manifest(),
                        evidencePackage.sha256())
                .update();
    }

    /** The id of the incident's newest package, if any. */
    public Optional<String> latestPackage(String incidentId) {
        return jdbc.sql("SELECT id FROM evidence_package WHERE incident_id = ? ORDER BY created_at DESC, id")
                .param(incidentId).query(UUID.class).list().stream().findFirst().map(UUID::toString);
    }

    public Optional<EvidencePackage> evidencePackage(String incidentId, String packageId) {
        return jdbc.sql("""
                SELECT id, incident_id, created_by, created_at, manifest, sha256 FROM evidence_package
                WHERE incident_id = ? AND id = ?""").params(incidentId, UUID.fromString(packageId))
                .query((rs, row) -> new EvidencePackage(rs.getString("id"), rs.getString("incident_id"),
                        rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        packagedItems(rs.getString("id")).size(), rs.getString("manifest"), rs.getString("sha256")))
                .optional();
    }

    public void insertHandOver(EvidenceHandOver handOver) {
        jdbc.sql("""
                INSERT INTO evidence_handover (package_id, incident_id, handed_to, case_number, actor, at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(UUID.fromString(handOver.packageId()), handOver.incidentId(), handOver.handedTo(),
                        handOver.caseNumber(), handOver.actor(), utc(handOver.at()))
                .update();
    }

    /** Every recorded hand-over of the incident's packages, oldest first. */
    public List<EvidenceHandOver> handOvers(String incidentId) {
        return jdbc.sql("""
                SELECT package_id, incident_id, handed_to, case_number, actor, at FROM evidence_handover
                WHERE incident_id = ? ORDER BY at, id""").param(incidentId)
                .query((rs, row) -> new EvidenceHandOver(rs.getString("package_id"), rs.getString("incident_id"),
                        rs.getString("handed_to"), rs.getString("case_number"), rs.getString("actor"),
                        rs.getObject("at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Ids of the incident's packages, newest first. */
    public List<String> packages(String incidentId) {
        return jdbc.sql("SELECT id FROM evidence_package WHERE incident_id = ? ORDER BY created_at DESC, id")
                .param(incidentId).query(UUID.class).list().stream().map(UUID::toString).toList();
    }

    private static StoredItem item(ResultSet rs, int row) throws SQLException {
        return new StoredItem(rs.getString("id"), rs.getString("incident_id"), rs.getString("file_name"),
                rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getString("description"), rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
