package io.breachflow.audit;

/**
 * One line of the checkpoint file: the chain as verified at a moment, signed with the audit key, so the
 * database's owner can neither move the chain away from it unseen nor write a checkpoint of their own.
 *
 * @param sequence the last verified link
 * @param head that link's hash
 * @param at when it was checkpointed (ISO-8601, UTC)
 * @param legacyUpTo the last link hashed with plain SHA-256 (written before keyed links; 0 when none): a
 *                   plain link after it is a rewrite
 * @param keyId the id of the key that signed it
 * @param signature HMAC-SHA256 over the other fields ({@link #signedText()})
 */
public record AuditCheckpoint(long sequence, String head, String at, long legacyUpTo, String keyId,
        String signature) {

    /** What the signature covers, one field a line, with a prefix no link text starts with. */
    String signedText() {
        return "breachflow-audit-checkpoint\n" + sequence + "\n" + head + "\n" + at + "\n" + legacyUpTo + "\n";
    }
}
