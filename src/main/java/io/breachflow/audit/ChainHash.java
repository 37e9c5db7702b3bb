package io.breachflow.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The link hash over the previous link's hash and this link's fields, each written as
 * {@code <length>:<value>\n} (a null as {@code -1:\n}) so no two different entries can serialise alike.
 * Times are in UTC at microsecond precision, as stored. New links are keyed: HMAC-SHA256 with the audit key
 * ({@link #keyed}), which the database does not hold, so nobody with only the database can recompute a
 * link. Links written before the key existed carry plain SHA-256 ({@link #of}) and still verify.
 */
final class ChainHash {

    /** The previous hash of the first link. */
    static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    /** The plain SHA-256 link hash of entries written before keyed links (scheme {@code SHA-256}). */
    static String of(String previousHash, long sequence, Instant at, String actor, String action,
            String incidentId, String detail) {
        return sha256(text(previousHash, sequence, at, actor, action, incidentId, detail)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The keyed link hash (scheme {@code HMAC-SHA256}), or empty when {@code keys} lacks that key. */
    static java.util.Optional<String> keyed(AuditKeys keys, String keyId, String previousHash, long sequence,
            Instant at, String actor, String action, String incidentId, String detail) {
        return keys.sign(keyId, text(previousHash, sequence, at, actor, action, incidentId, detail));
    }

    private static String text(String previousHash, long sequence, Instant at, String actor, String action,
            String incidentId, String detail) {
        StringBuilder text = new StringBuilder(256);
        for (String field : new String[] {previousHash, Long.toString(sequence), at.toString(), actor, action,
                incidentId, detail}) {
            text.append(field == null ? -1 : field.length()).append(':');
            text.append(field == null ? "" : field).append('\n');
        }
        return text.toString();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Expected every JVM to provide SHA-256, but this one does not", e);
        }
    }
}
