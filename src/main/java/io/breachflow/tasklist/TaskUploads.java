package io.breachflow.tasklist;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Files attached to task forms ({@code human_task_upload}), such as a portal's submission receipt. The
 * bytes and their SHA-256 stay here as evidence; only the id travels on as a process variable.
 */
@Repository
class TaskUploads {

    /** A stored file's identity and fingerprint. */
    record Stored(UUID id, String sha256, long size) {
    }

    private final JdbcClient jdbc;

    TaskUploads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Stored store(long taskId, String filename, String contentType, byte[] content, String by, Instant at) {
        UUID id = UUID.randomUUID();
        String sha256 = sha256(content);
        jdbc.sql("""
                INSERT INTO human_task_upload (id, task_id, filename, content_type, size_bytes, sha256, content,
                    uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, taskId, filename, contentType, content.length, sha256, content, by,
                        at.atOffset(ZoneOffset.UTC))
                .update();
        return new Stored(id, sha256, content.length);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Expected SHA-256 in every JVM, but it is missing", e);
        }
    }
}
