package io.breachflow.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The link hash: SHA-256 (lower-case hex) over the previous link's hash and this link's fields, each
 * written as {@code <length>:<value>\n} (a null as {@code -1:\n}) so no two different entries can
 * serialise alike. Times are in UTC at microsecond precision, as stored.
 */
final class ChainHash {

    /** The previous hash of the first link. */
    static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    static String of(String previousHash, long sequence, Instant at, String actor, String action,
            String incidentId, String detail) {
        StringBuilder text = new StringBuilder(256);
        for (String field : new String[] {previousHash, Long.toString(sequence), at.toString(), actor, action,
                incidentId, detail}) {
            text.append(field == null ? -1 : field.length()).append(':');
            text.append(field == null ? "" : field).append('\n');
        }
        return sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Expected every JVM to provide SHA-256, but this one does not", e);
        }
    }
}
