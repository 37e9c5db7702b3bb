package io.breachflow.audit;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC-SHA256 keys of the audit chain: the current one, which keys every new entry and checkpoint, and
 * the previous ones, kept only to verify what they keyed. Each key is known by an id derived from it (a
 * short SHA-256 prefix, which says nothing useful about the key), stored with every entry and checkpoint,
 * so a rotation needs no change to stored rows.
 */
final class AuditKeys {

    /** Fewer characters than this is too easy to guess for a key that guards the whole trail. */
    static final int MIN_LENGTH = 32;

    private final String currentId;
    private final Map<String, byte[]> keys = new LinkedHashMap<>();

    AuditKeys(String current, List<String> previous) {
        this.currentId = add(current);
        previous.stream().filter(key -> key != null && !key.isBlank()).forEach(this::add);
    }

    private String add(String key) {
        if (key.strip().length() < MIN_LENGTH) {
            throw new MissingAuditKeyException("Expected audit keys of at least " + MIN_LENGTH
                    + " characters, but one has " + key.strip().length());
        }
        byte[] bytes = key.strip().getBytes(StandardCharsets.UTF_8);
        String id = idOf(bytes);
        keys.putIfAbsent(id, bytes);
        return id;
    }

    static String idOf(byte[] key) {
        byte[] text = new byte[key.length + 1];
        text[0] = 'k';
        System.arraycopy(key, 0, text, 1, key.length);
        return "k" + ChainHash.sha256(text).substring(0, 12);
    }

    String currentId() {
        return currentId;
    }

    /** HMAC-SHA256 (lower-case hex) of {@code text} with the current key. */
    String sign(String text) {
        return sign(currentId, text).orElseThrow();
    }

    /** HMAC-SHA256 of {@code text} with the key of that id, or empty when this instance does not know it. */
    Optional<String> sign(String keyId, String text) {
        byte[] key = keyId == null ? null : keys.get(keyId);
        if (key == null) {
            return Optional.empty();
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Optional.of(java.util.HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8))));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Expected every JVM to provide HmacSHA256, but this one does not", e);
        }
    }

    boolean knows(String keyId) {
        return keys.containsKey(keyId);
    }
}
